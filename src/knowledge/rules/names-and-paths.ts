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

export const NAME_AND_PATH_RULES: WarningRule[] = [certificateMustCoverApex, stagePathInUrls];
