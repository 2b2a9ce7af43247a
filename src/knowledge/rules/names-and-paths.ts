import { allDomains } from '../../config/schema';
import { originOf, originPathIsStage } from '../conditions';
import { singleWarning, type WarningRule } from './rule';

export const certificateMustCoverApex: WarningRule = singleWarning((config) => {
  if (config.certificate.source !== 'existing-arn') return null;
  const names = allDomains(config);
  const apex = names.find((name) => names.some((other) => other.endsWith(`.${name}`)));
  if (apex === undefined) return null;
  return {
    id: 'certificate-covers-apex',
    severity: 'info',
    message:
      `The certificate must list ${apex} itself as well as its subdomains: a wildcard *.${apex} covers ` +
      `www.${apex} but not ${apex}, and CloudFront refuses a name the certificate does not cover.`,
    explanationKey: 'certificate.arn',
    field: 'certificate.arn',
  };
});

export const stagePathInUrls: WarningRule = singleWarning((config) => {
  if (!originPathIsStage(config) || config.origin.path === '') return null;
  const origin = originOf(config);
  return {
    id: 'stage-path-in-urls',
    severity: 'info',
    message:
      `CloudFront adds ${config.origin.path} in front of every path it sends to the ${origin.label}. Some WSGI ` +
      'adapters (serverless-wsgi, Mangum, apig-wsgi) put the stage back into the URLs Django builds, giving ' +
      `links like https://${config.domains.primary}${config.origin.path}/…: set the adapter’s base-path or ` +
      'stage-stripping option' +
      // Where the stage is optional (an HTTP API's $default stage), the simplest fix is to have none.
      (origin.originPath.rule === 'optional' ? ', or use the $default stage (no origin path).' : '.'),
    explanationKey: 'origin.path',
    field: 'origin.path',
  };
});

/**
 * An origin path on an origin with no stage (ALB, your own server): CloudFront puts it in front of every path and
 * nothing takes it off, so Django sees /app/about/ for /about/ and its URLs do not match.
 */
export const originPathReachesDjango: WarningRule = singleWarning((config) => {
  if (originOf(config).stageInPath !== 'none' || config.origin.path === '') return null;
  const path = config.origin.path;
  return {
    id: 'origin-path-reaches-django',
    severity: 'warning',
    message:
      `CloudFront puts ${path} in front of every path it sends to the ${originOf(config).label}, and nothing ` +
      `takes it off: Django receives ${path}/about/ for https://${config.domains.primary}/about/, so its URL ` +
      `patterns must include ${path} (and the links it builds then show it), or the server in front of ` +
      'Django must strip it. Leave the origin path empty unless the server expects it.',
    explanationKey: 'origin.path',
    field: 'origin.path',
    fix: { label: 'No origin path', patch: { origin: { path: '' } } },
  };
});

export const NAME_AND_PATH_RULES: WarningRule[] = [
  certificateMustCoverApex,
  stagePathInUrls,
  originPathReachesDjango,
];
