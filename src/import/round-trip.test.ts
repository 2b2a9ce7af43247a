import { describe, expect, it } from 'vitest';
import { cloudFormationFilesFor } from '../../test/support/cloudformation/generated-templates';
import { FIXTURES } from '../../test/support/fixtures';
import { diagnoseExisting } from '../edge/diagnose-existing';
import { runInNodeVm } from '../edge/node-function-runner';
import type { Config } from '../config/schema';
import { deploymentFor } from '../model';
import { djangoTarget } from '../targets/django';
import { fixedConfigFor } from './to-config';
import { readExistingSetup } from './read-existing-setup';

/** What CloudFront does with a config: the distribution's behaviours, policies, origins and settings (not names). */
function behaviourOf(config: Config) {
  const deployment = deploymentFor(config);
  const { distribution } = deployment;
  const behaviour = (plan: (typeof distribution)['defaultBehavior']) => ({
    pathPattern: plan.pathPattern,
    originId: plan.originId,
    allowedMethods: plan.allowedMethods,
    cachePolicy: plan.cachePolicy.kind === 'managed' ? plan.cachePolicy.policy.name : 'custom',
    originRequestPolicy:
      plan.originRequestPolicy?.kind === 'managed' ? plan.originRequestPolicy.policy.name : null,
    responseHeadersPolicy: plan.responseHeadersPolicy?.kind ?? null,
    viewerRequestFunction: plan.viewerRequestFunction,
  });
  return {
    aliases: distribution.aliases,
    origins: distribution.origins.map((origin) =>
      origin.kind === 'custom'
        ? {
            kind: origin.kind,
            domainName: origin.domainName,
            originPath: origin.originPath,
            secretHeader: origin.secretHeader,
          }
        : { kind: origin.kind, id: origin.id },
    ),
    defaultBehavior: behaviour(distribution.defaultBehavior),
    additionalBehaviors: distribution.additionalBehaviors.map(behaviour),
    cachePolicies: deployment.cachePolicies.map(({ minTtl, defaultTtl, maxTtl, cookies, queryStrings }) => ({
      minTtl,
      defaultTtl,
      maxTtl,
      cookies,
      queryStrings,
    })),
    settings: [
      distribution.priceClass,
      distribution.httpVersion,
      distribution.ipv6,
      distribution.minimumTlsVersion,
      // A created web ACL is referenced by !GetAtt, which the importer leaves for the person to fill in.
      deployment.webAcl?.kind === 'existing' ? deployment.webAcl.arn : null,
      distribution.logging?.bucket,
    ],
    secretHeader: deployment.originSecret?.headerName ?? null,
    django: deployment.django.useXForwardedHost,
  };
}

const isLambdaOac = (config: Config) =>
  config.origin.type === 'lambda-url' && config.origin.lambdaUrlAuth === 'oac';

function importGenerated(config: Config, format: 'yaml' | 'json') {
  const files = cloudFormationFilesFor(config, format);
  const main = files.find((file) => file.contents.includes('AWS::CloudFront::Distribution'))!;
  const read = readExistingSetup(main.contents);
  if (!read.ok) throw new Error(read.error);
  return {
    diagnosis: diagnoseExisting(read.setup, { runner: runInNodeVm }),
    fixed: fixedConfigFor(read.setup),
  };
}

const broken = (diagnosis: ReturnType<typeof diagnoseExisting>) =>
  diagnosis.findings.filter((finding) => finding.severity === 'broken').map((finding) => finding.id);

describe('the wizard’s own CloudFormation output, imported, is healthy and comes back as the same setup', () => {
  const cases = FIXTURES.filter((fixture) => !isLambdaOac(fixture.config)).flatMap((fixture) =>
    (['yaml', 'json'] as const).map(
      (format) => [`${fixture.name} (${format})`, fixture.config, format] as const,
    ),
  );
  it.each(cases)('%s', (_name, config, format) => {
    const { diagnosis, fixed } = importGenerated(config, format);
    expect(broken(diagnosis)).toEqual([]);
    expect(behaviourOf(fixed.config)).toEqual(behaviourOf(config));
  });

  // The wizard offers origin access control for function URLs with a warning; the importer fixes it (POST bodies).
  it.each(
    FIXTURES.filter((fixture) => isLambdaOac(fixture.config)).map(
      (fixture) => [fixture.name, fixture.config] as const,
    ),
  )(
    '%s: function URL with origin access control → form posts refused, fixed with a secret header',
    (_name, config) => {
      const { diagnosis, fixed } = importGenerated(config, 'yaml');
      expect(broken(diagnosis)).toEqual(['lambda-oac-post']);
      expect(fixed.config.origin.lambdaUrlAuth).toBe('none-with-secret-header');
      expect(fixed.config.originProtection.secretHeader).toBe(true);
    },
  );
});

describe('the bundle’s own Django settings, pasted with its template', () => {
  it.each(['seed', 'secret-header', 'forward-host-alb', 'rest-api-all-cookies-real-certificate'])(
    '%s: nothing broken, nothing assumed',
    (name) => {
      const config = FIXTURES.find((fixture) => fixture.name === name)!.config;
      const template = cloudFormationFilesFor(config, 'yaml').find((file) =>
        file.contents.includes('AWS::CloudFront::Distribution'),
      )!;
      const settings = djangoTarget
        .generate(deploymentFor(config))
        .find((file) => file.path.endsWith('cloudfront_settings.py'))!;
      const read = readExistingSetup(template.contents, settings.contents);
      if (!read.ok) throw new Error(read.error);
      const diagnosis = diagnoseExisting(read.setup, { runner: runInNodeVm });
      expect(broken(diagnosis)).toEqual([]);
      expect(diagnosis.assumptions).toEqual([]);
      expect(diagnosis.probes.formPost.django?.csrf?.ok).toBe(true);
    },
  );
});
