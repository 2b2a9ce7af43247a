import * as z from 'zod';
import { DNS_NAME_MAX, URL_PATH_MAX } from './aws-limits';
import { splitEndpoint } from './endpoint';
import { formField } from './field-meta';
import { optionalPattern } from './optional-pattern';
import { HOST_STRATEGIES, ORIGINS, ORIGIN_TYPES, type OriginType } from './origins';
import { LAMBDA_FUNCTION_ARN_PATTERN, ORIGIN_PATH_PATTERN } from './patterns';
import { VPC_ORIGIN_FIELDS, checkVpcOrigin } from './vpc-origin-fields';

export const LAMBDA_URL_AUTH_MODES = ['none-with-secret-header', 'oac'] as const;
export const EXAMPLE_ORIGIN_ENDPOINT = ORIGINS['apigw-http'].endpoint.example;

/** Origin types whose descriptor allows some fact, for the form's "applies when" conditions. */
const originTypesWhere = (test: (origin: (typeof ORIGINS)[OriginType]) => boolean): OriginType[] =>
  ORIGIN_TYPES.filter((type) => test(ORIGINS[type]));
const LAMBDA_OAC_ORIGINS = originTypesWhere((origin) => origin.protections.includes('lambda-oac'));
const byOriginType = (text: (origin: (typeof ORIGINS)[OriginType]) => string) =>
  Object.fromEntries(ORIGIN_TYPES.map((type) => [type, text(ORIGINS[type])])) as Record<OriginType, string>;

/** The `origin` part of a config, with the form metadata of each field beside it. */
export const OriginSchema = z.preprocess(
  // A pasted invoke URL (https://abc.execute-api.eu-west-1.amazonaws.com/prod/) becomes endpoint + path.
  (input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const origin = input as Record<string, unknown>;
    if (typeof origin.endpoint !== 'string') return input;
    const { host, path } = splitEndpoint(origin.endpoint);
    const givenPath = typeof origin.path === 'string' ? origin.path.trim() : '';
    return { ...origin, endpoint: host, path: givenPath !== '' ? givenPath : path };
  },
  z
    .object({
      type: formField(z.enum(ORIGIN_TYPES).default('apigw-http'), {
        label: 'Where Django runs',
        help: 'What sits between CloudFront and Django: it decides the Host CloudFront sends and how the origin is kept private.',
        // Labels and summaries are the origin descriptors' own.
        options: byOriginType((origin) => origin.label),
        optionSummaries: byOriginType((origin) => origin.summary),
      }),
      /** The origin's own DNS name (API Gateway, Lambda URL, ALB or any HTTPS host): never the viewer's domain. */
      endpoint: formField(
        z
          .string()
          .trim()
          .toLowerCase()
          .max(DNS_NAME_MAX, { message: `A DNS name has at most ${DNS_NAME_MAX} characters`, abort: true })
          .default(EXAMPLE_ORIGIN_ENDPOINT),
        {
          label: 'Origin endpoint',
          help: 'The origin’s own DNS name (never your site’s domain); a pasted invoke URL is split into name and path.',
        },
      ),
      /** Origin path: the REST API stage (`/prod`) or an HTTP API named stage; empty for `$default`. */
      path: formField(
        z
          .string()
          .trim()
          .max(URL_PATH_MAX, {
            message: `An origin path has at most ${URL_PATH_MAX} characters`,
            abort: true,
          })
          .default('')
          .transform((value) => (value === '/' ? '' : value.replace(/\/+$/, '')))
          .refine(
            (value) => ORIGIN_PATH_PATTERN.test(value),
            'Origin path: start with / and use letters, digits, - _ .',
          ),
        {
          label: 'Origin path (stage)',
          help: 'A path CloudFront puts in front of every request to the origin: the API stage, e.g. /prod.',
          appliesWhen: {
            field: 'origin.type',
            is: originTypesWhere((origin) => origin.originPath.rule !== 'forbidden'),
          },
        },
      ),
      hostStrategy: formField(z.enum(HOST_STRATEGIES).default('x-forwarded-host-function'), {
        label: 'Host header strategy',
        help: 'How Django learns the name the visitor typed: from X-Forwarded-Host set by a function, or from Host.',
        options: {
          'x-forwarded-host-function': 'Function copies Host to X-Forwarded-Host',
          'forward-host': 'Forward Host to the origin',
        },
      }),
      lambdaUrlAuth: formField(z.enum(LAMBDA_URL_AUTH_MODES).default('none-with-secret-header'), {
        label: 'Function URL auth',
        help: 'How the function URL refuses requests that did not come through CloudFront.',
        appliesWhen: { field: 'origin.type', is: LAMBDA_OAC_ORIGINS },
        options: {
          'none-with-secret-header': 'Auth NONE + secret origin header',
          oac: 'Origin access control (IAM, SigV4)',
        },
      }),
      /** The function behind a Lambda URL, needed to grant CloudFront invoke rights when OAC signs requests. */
      lambdaFunctionArn: formField(
        optionalPattern(
          LAMBDA_FUNCTION_ARN_PATTERN,
          'Not a Lambda function ARN, e.g. arn:aws:lambda:eu-west-1:123456789012:function:mysite',
        ),
        {
          label: 'Function ARN',
          help: 'The function behind the URL, in the URL’s region (the URL does not show the account: check it), so CloudFront may invoke it.',
          appliesWhen: {
            allOf: [
              { field: 'origin.type', is: LAMBDA_OAC_ORIGINS },
              { field: 'origin.lambdaUrlAuth', is: ['oac'] },
            ],
          },
        },
      ),
      ...VPC_ORIGIN_FIELDS,
    })
    .superRefine(checkVpcOrigin),
);
