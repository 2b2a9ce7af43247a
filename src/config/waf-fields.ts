import * as z from 'zod';
import { formField } from './field-meta';
import {
  WAF_MODES,
  WAF_PATHS_MAX,
  WAF_PATH_MAX,
  WAF_PATH_PREFIX_PATTERN,
  WAF_RATE_LIMIT_MAX,
  WAF_RATE_LIMIT_MIN,
  WAF_RATE_WINDOWS,
  type WafMode,
} from './waf-limits';

export * from './waf-limits';

/**
 * The distribution's AWS WAF fields: none, the ARN of a web ACL of the user's, or a Django-safe web ACL the stack
 * creates (AWS managed rule groups, large request bodies let through on the paths named here, a rate limit on the
 * login paths). `schema.ts` spreads them into the distribution group; `checkWebAcl` checks them against each other.
 */
const FOR_CREATED = { field: 'distribution.waf', is: ['create'] } as const;

const pathPrefix = z
  .string()
  .trim()
  .max(WAF_PATH_MAX, { message: `A path prefix has at most ${WAF_PATH_MAX} characters`, abort: true })
  .refine((value) => value.startsWith('/'), {
    message: 'A path prefix starts with /, e.g. /admin/',
    abort: true,
  })
  .refine((value) => !/[*?%#]/.test(value), {
    message: 'A path prefix, without wildcards, query or %-escapes: every path that starts with it matches',
    abort: true,
  })
  .refine((value) => value !== '/', {
    message: 'The prefix / is every path: name the paths that take large bodies, e.g. /admin/',
    abort: true,
  })
  .refine(
    (value) => WAF_PATH_PREFIX_PATTERN.test(value),
    'A path prefix such as /admin/: letters, digits, - . _ ~, segments separated by one /',
  );

/** A list of path prefixes, each at most once. */
const pathPrefixes = (fallback: string[]) =>
  z
    .array(pathPrefix)
    .max(WAF_PATHS_MAX, `At most ${WAF_PATHS_MAX} paths`)
    .default(fallback)
    .superRefine((paths, ctx) => {
      paths.forEach((path, index) => {
        if (paths.indexOf(path) !== index)
          ctx.addIssue({ code: 'custom', path: [index], message: `${path} is listed twice` });
      });
    });

export const WAF_FIELDS = {
  // None by default: a web ACL costs money every month, and an existing link or config keeps its meaning.
  waf: formField(z.enum(WAF_MODES).default('none'), {
    label: 'AWS WAF',
    help: 'A web ACL inspects every request before the cache: none, one of yours by its ARN, or a Django-safe one the stack creates.',
    options: {
      none: 'No web ACL',
      'own-arn': 'Attach my web ACL (its ARN)',
      create: 'Create a Django-safe web ACL',
    },
    optionSummaries: {
      'own-arn': 'Your web ACL must have the CLOUDFRONT scope, in us-east-1.',
      create:
        'AWS managed rules (core rule set, known bad inputs, Amazon IP reputation), large bodies allowed where you say, a rate limit on logins. WAF is charged monthly per web ACL and rule, and per request.',
    },
  }),
  wafSqlRules: formField(z.boolean().default(false), {
    label: 'Add the SQL database rule group',
    help: 'AWS’s SQL injection rules too; Django’s ORM already parameterises queries, so they mostly catch probes.',
    appliesWhen: FOR_CREATED,
  }),
  wafLargeBodyPaths: formField(pathPrefixes(['/admin/']), {
    label: 'Paths that take bodies over 8 KB',
    help: 'The core rule set blocks request bodies over 8 KB; paths starting with these (admin, uploads) may take larger ones.',
    appliesWhen: FOR_CREATED,
  }),
  wafLoginPaths: formField(pathPrefixes(['/accounts/login/', '/admin/login/']), {
    label: 'Login paths (rate-limited)',
    help: 'Requests to paths starting with these are counted per IP address; above the limit, that address is blocked for a while.',
    appliesWhen: FOR_CREATED,
  }),
  wafRateLimit: formField(
    z
      .number()
      .int('A whole number of requests')
      .min(WAF_RATE_LIMIT_MIN, `AWS WAF’s lowest rate limit is ${WAF_RATE_LIMIT_MIN} requests`)
      .max(WAF_RATE_LIMIT_MAX, `At most ${WAF_RATE_LIMIT_MAX.toLocaleString('en')} requests here`)
      .default(100),
    {
      label: 'Login requests per IP address',
      help: 'How many requests one address may send to the login paths in the window before it is blocked.',
      appliesWhen: FOR_CREATED,
    },
  ),
  wafRateWindowSeconds: formField(
    z
      .number()
      .int()
      .default(300)
      .refine((value) => (WAF_RATE_WINDOWS as readonly number[]).includes(value), {
        message: `AWS WAF counts over ${WAF_RATE_WINDOWS.join(', ')} seconds`,
      }),
    {
      label: 'Counted over (seconds)',
      help: 'The window AWS WAF counts the login requests over: 60, 120, 300 (the default) or 600 seconds.',
      appliesWhen: FOR_CREATED,
    },
  ),
};

/** The distribution fields the web ACL choice reads. */
interface WebAclFields {
  waf: WafMode;
  webAclArn: string;
}

/** An own web ACL needs its ARN. */
export function checkWebAcl(distribution: WebAclFields, ctx: z.RefinementCtx): void {
  if (distribution.waf === 'own-arn' && distribution.webAclArn === '')
    ctx.addIssue({
      code: 'custom',
      path: ['distribution', 'webAclArn'],
      message: 'Enter the ARN of your web ACL, or let the stack create one',
    });
}

/**
 * Before the choice existed, an ARN meant "attach it": a config or link that names one and says nothing else keeps
 * that meaning. (A config that chose none keeps no ARN, see `withoutUnusedWebAclArn`, so its link cannot carry one.)
 */
export function legacyWebAclInput(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const distribution = input as Record<string, unknown>;
  const arn = distribution.webAclArn;
  if (distribution.waf === undefined && typeof arn === 'string' && arn.trim() !== '')
    return { ...distribution, waf: 'own-arn' };
  return input;
}

/** The ARN only stays when it is attached, so a share link (the diff from the defaults) never carries a stale one. */
export function withoutUnusedWebAclArn<T extends WebAclFields>(distribution: T): T {
  return distribution.waf === 'own-arn' || distribution.webAclArn === ''
    ? distribution
    : { ...distribution, webAclArn: '' };
}
