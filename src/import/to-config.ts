import { CERTIFICATE_ARN_PATTERN, HOSTNAME_PATTERN } from '../config/patterns';
import { defaultConfig, parseConfig, type Config, type ConfigInput } from '../config/schema';
import { recoverValidPart } from '../config/valid-part';
import type { ExistingSetup } from './existing-setup';
import { MappingLog, type ConfigMapping } from './mapping-log';
import { mapCaching, mapFileBehaviours, mapSecurityHeaders } from './to-config-behaviours';
import { mapDistributionSettings } from './to-config-distribution';
import { mapOrigin } from './to-config-origin';

export { appOriginOf, type Adjustment, type ConfigMapping } from './mapping-log';

/** A short project name from the primary domain: `www.example.com` → `example`. */
function projectNameOf(domain: string): string {
  const label = domain.split('.').find((part) => part !== 'www') ?? 'mysite';
  const name = label
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^[^a-z]+/, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/.test(name) ? name : 'mysite';
}

function mapDomains(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const names: string[] = [];
  for (const alias of setup.distribution.aliases) {
    if (alias.includes('*'))
      log.leave('Aliases', alias, 'a wildcard name: the wizard lists each name; add the names you use');
    else if (!HOSTNAME_PATTERN.test(alias)) log.leave('Aliases', alias, 'not a valid domain name');
    else if (!names.includes(alias)) names.push(alias);
  }
  if (names.length === 0) {
    log.leave(
      'Aliases',
      '(none)',
      'the distribution has no alternate domain name: enter your domain in the wizard',
    );
    return;
  }
  input.domains = { primary: names[0]!, additional: names.slice(1, 21) };
  input.projectName = projectNameOf(names[0]!);
  log.take('domains.primary', names[0], 'Aliases');
  if (names.length > 1) log.take('domains.additional', names.slice(1, 21), 'Aliases');
  if (names.length > 21)
    log.leave(
      'Aliases',
      names.slice(21).join(', '),
      'more than 21 names: the wizard takes at most 20 extra names',
    );
}

function mapCertificate(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const certificate = setup.distribution.certificate;
  if (certificate.kind === 'acm' && CERTIFICATE_ARN_PATTERN.test(certificate.arn)) {
    input.certificate = { source: 'existing-arn', arn: certificate.arn };
    log.take('certificate.arn', certificate.arn, 'ViewerCertificate.ACMCertificateArn');
    return;
  }
  const what =
    certificate.kind === 'cloudfront-default'
      ? 'the default *.cloudfront.net certificate (no custom domain can be served with it)'
      : certificate.kind === 'iam'
        ? `an IAM server certificate (${certificate.id}): the wizard uses ACM`
        : certificate.kind === 'created-or-computed'
          ? `a certificate the template creates or computes (${certificate.expression})`
          : certificate.kind === 'acm'
            ? `${certificate.arn}, which is not an ACM certificate ARN`
            : 'no viewer certificate';
  log.leave(
    'ViewerCertificate',
    what,
    'enter the ARN of an ACM certificate in us-east-1 in the wizard, or let the stack create one',
  );
}

/**
 * The fixed config for an existing setup: every setting the wizard can express taken over where it works, the
 * wizard's choice where it does not (each such change listed with why), and what no config can hold listed apart.
 * The result always parses: a setting that still fails validation goes back to its default and is listed.
 */
export function fixedConfigFor(setup: ExistingSetup): ConfigMapping {
  const log = new MappingLog();
  const input: ConfigInput = {};
  mapDomains(setup, input, log);
  mapCertificate(setup, input, log);
  mapOrigin(setup, input, log);
  mapCaching(setup, input, log);
  mapFileBehaviours(setup, input, log);
  mapSecurityHeaders(setup, input, log);
  mapDistributionSettings(setup, input, log);
  const redirect = setup.django?.secureSslRedirect;
  if (redirect?.kind === 'literal') {
    input.django = { secureSslRedirect: redirect.value };
    log.take('django.secureSslRedirect', redirect.value, `settings line ${redirect.line}`);
  }
  const parsed = parseConfig(input);
  let config: Config;
  if (parsed.success) config = parsed.data;
  else {
    config = recoverValidPart(input);
    for (const issue of parsed.error.issues)
      log.leave(issue.path.join('.'), '', `${issue.message}: back to the wizard’s default`);
  }
  return {
    config: config ?? defaultConfig(),
    mapped: log.mapped,
    adjustments: log.adjustments,
    notMapped: log.notMapped,
  };
}
