import type * as z from 'zod';
import { ACM_FIRST_NAME_MAX, ACM_NAMES_PER_CERTIFICATE_DEFAULT } from './aws-limits';
import { checkFilePathPatterns, checkLambdaFunctionArn } from './input-checks';
import { ORIGINS } from './origins';
import { CERTIFICATE_ARN_PATTERN } from './patterns';
import type { Config, OriginConfig } from './schema';
import { checkWebAcl } from './waf-fields';

/**
 * The checks that read more than one field (the origin's endpoint against its type, the certificate against the
 * names, DNS, TTLs, paths, the CSP's source), each issue placed at the field a person fixes. The schema's one
 * refinement.
 */
export function checkConfig(config: Config, ctx: z.RefinementCtx): void {
  validateOriginEndpoint(config.origin, ctx);
  validateCertificate(config, ctx);
  checkFilePathPatterns(config, ctx);
  checkLambdaFunctionArn(config, ctx);
  const names = [config.domains.primary, ...config.domains.additional];
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (seen.has(name)) {
      ctx.addIssue({
        code: 'custom',
        path: index === 0 ? ['domains', 'primary'] : ['domains', 'additional', index - 1],
        message: `${name} is listed twice`,
      });
    }
    seen.add(name);
  });
  if (config.dns.createRecords || config.certificate.source === 'create-dns-validated') {
    if (config.dns.hostedZoneId === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['dns', 'hostedZoneId'],
        message: 'Enter the Route 53 hosted zone ID',
      });
    }
    if (config.dns.hostedZoneName === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['dns', 'hostedZoneName'],
        message: 'Enter the hosted zone name',
      });
    } else {
      for (const name of names) {
        if (name !== config.dns.hostedZoneName && !name.endsWith(`.${config.dns.hostedZoneName}`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['dns', 'hostedZoneName'],
            message: `${name} is not inside the hosted zone ${config.dns.hostedZoneName}`,
          });
          break;
        }
      }
    }
  }
  checkWebAcl(config.distribution, ctx);
  if (config.distribution.accessLogs === 'legacy-s3' && config.distribution.loggingBucket === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['distribution', 'loggingBucket'],
      message: 'Enter the S3 bucket for the legacy logs, or choose CloudWatch Logs',
    });
  }
  checkCspSource(config, ctx);
  if (config.dynamicCaching.defaultTtlSeconds > config.dynamicCaching.maxTtlSeconds) {
    ctx.addIssue({
      code: 'custom',
      path: ['dynamicCaching', 'defaultTtlSeconds'],
      message: 'The default TTL cannot exceed the maximum TTL',
    });
  }
  if (config.staticFiles.enabled && config.mediaFiles.enabled) {
    if (config.staticFiles.pathPattern === config.mediaFiles.pathPattern) {
      ctx.addIssue({
        code: 'custom',
        path: ['mediaFiles', 'pathPattern'],
        message: 'Static and media files need different path patterns',
      });
    }
  }
  const origin = ORIGINS[config.origin.type];
  if (!(origin.hostStrategies as readonly string[]).includes(config.origin.hostStrategy)) {
    ctx.addIssue({
      code: 'custom',
      path: ['origin', 'hostStrategy'],
      message: `A ${origin.label} answers ${origin.foreignHost?.response.status ?? 403} to any Host but its own: keep the X-Forwarded-Host function`,
    });
  }
  if (
    config.origin.type === 'lambda-url' &&
    config.origin.lambdaUrlAuth === 'oac' &&
    config.origin.lambdaFunctionArn === ''
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['origin', 'lambdaFunctionArn'],
      message: 'With origin access control, enter the function ARN so CloudFront can be allowed to invoke it',
    });
  }
}

/** CSP comes from one place that can send it: CloudFront's custom policy, or Django from 6.0 on. */
function checkCspSource(config: Config, ctx: z.RefinementCtx): void {
  const { csp, mode } = config.securityHeaders;
  if (csp === 'cloudfront' && mode !== 'custom')
    ctx.addIssue({
      code: 'custom',
      path: ['securityHeaders', 'csp'],
      message: `CloudFront sends CSP only from the custom response headers policy (Security headers: custom), not ${mode === 'managed' ? 'the managed one' : 'with none'}; or let Django 6.0+ send it`,
    });
  if (csp === 'django' && config.django.version === '5.2')
    ctx.addIssue({
      code: 'custom',
      path: ['securityHeaders', 'csp'],
      message:
        'Django 5.2 has no built-in CSP (it came with 6.0): let CloudFront send it, or choose Django 6.0 or later',
    });
}

function validateOriginEndpoint(origin: OriginConfig, ctx: z.RefinementCtx): void {
  const descriptor = ORIGINS[origin.type];
  if (origin.endpoint === '') {
    ctx.addIssue({ code: 'custom', path: ['origin', 'endpoint'], message: 'Enter the origin’s endpoint' });
  } else if (!descriptor.endpoint.pattern.test(origin.endpoint)) {
    ctx.addIssue({ code: 'custom', path: ['origin', 'endpoint'], message: descriptor.endpoint.message });
  }
  const pathRule = descriptor.originPath;
  if (pathRule.rule === 'required' && origin.path === '') {
    ctx.addIssue({ code: 'custom', path: ['origin', 'path'], message: pathRule.message });
  }
  if (pathRule.rule === 'forbidden' && origin.path !== '') {
    ctx.addIssue({ code: 'custom', path: ['origin', 'path'], message: pathRule.message });
  }
}

function validateCertificate(config: Config, ctx: z.RefinementCtx): void {
  if (config.certificate.source === 'create-dns-validated') {
    const names = allDomains(config);
    if (!names.some((name) => name.length <= ACM_FIRST_NAME_MAX)) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains', 'primary'],
        message: `ACM needs one name of at most ${ACM_FIRST_NAME_MAX} characters for the certificate’s subject: add a shorter name, or use an existing certificate`,
      });
    }
    if (names.length > ACM_NAMES_PER_CERTIFICATE_DEFAULT) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains', 'additional'],
        message: `ACM issues at most ${ACM_NAMES_PER_CERTIFICATE_DEFAULT} names per certificate unless you raise the quota: list fewer names, or request the certificate yourself and use it as an existing one`,
      });
    }
    return;
  }
  const arn = config.certificate.arn;
  if (arn === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['certificate', 'arn'],
      message: 'Enter the ACM certificate ARN (in us-east-1), or let the stack create one',
    });
    return;
  }
  const region = CERTIFICATE_ARN_PATTERN.exec(arn)?.[1];
  if (region !== undefined && region !== 'us-east-1') {
    ctx.addIssue({
      code: 'custom',
      path: ['certificate', 'arn'],
      message: `CloudFront only accepts certificates from us-east-1; this one is in ${region}`,
    });
  }
}

/** All domain names viewers use, primary first. */
export function allDomains(config: Config): string[] {
  return [config.domains.primary, ...config.domains.additional];
}
