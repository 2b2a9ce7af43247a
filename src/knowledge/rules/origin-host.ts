import { forwardsHost, originOf, plainHttpToOrigin, servesAnyHost, usesHostFunction } from '../conditions';
import { singleWarning, type WarningRule } from './rule';

/** An ALB's own DNS name: no public certificate can be issued for it. */
const ELB_NAME = /\.elb\.amazonaws\.com$/;

export const forwardHostToApiGateway: WarningRule = singleWarning((config) => {
  // Only an origin that routes by its own name (it answers any other Host with an error) breaks here.
  const { foreignHost, label } = originOf(config);
  if (!forwardsHost(config) || foreignHost === null) return null;
  return {
    id: 'forward-host-api-gateway',
    severity: 'warning',
    message:
      `The ${label} routes by Host: with the viewer’s Host (${config.domains.primary}) ` +
      `forwarded it answers ${foreignHost.response.status} unless ` +
      (foreignHost.ownDomainHint === undefined
        ? 'a custom domain of exactly that name is set up on it (and then the endpoint must be that domain’s regional name). '
        : `it has ${foreignHost.ownDomainHint}. `) +
      'Let the CloudFront Function pass the host in X-Forwarded-Host instead.',
    explanationKey: 'origin.hostStrategy',
    field: 'origin.hostStrategy',
    fix: {
      label: 'Use the X-Forwarded-Host function',
      patch: { origin: { hostStrategy: 'x-forwarded-host-function' } },
    },
  };
});

export const originCertificateForHostStrategy: WarningRule = singleWarning((config) => {
  // Over plain HTTP (a VPC origin may use it) no certificate is checked.
  if (!servesAnyHost(config) || plainHttpToOrigin(config)) return null;
  const endpoint = config.origin.endpoint;
  const elbName = ELB_NAME.test(endpoint);
  if (usesHostFunction(config)) {
    return elbName
      ? {
          id: 'origin-certificate-elb-name',
          severity: 'error',
          message:
            `CloudFront connects to ${endpoint} over HTTPS and checks that the load balancer’s certificate ` +
            'matches that name, but no certificate can be issued for an *.elb.amazonaws.com name: every request ' +
            'ends in 502. Point a name of your own (e.g. origin.' +
            `${config.domains.primary.replace(/^www\./, '')}) at the load balancer, give its HTTPS listener an ` +
            'ACM certificate for it, and enter that name as the endpoint.',
          explanationKey: 'origin.endpoint',
          field: 'origin.endpoint',
        }
      : {
          id: 'origin-certificate-origin-name',
          severity: 'info',
          message:
            `CloudFront sends Host: ${endpoint} and checks the origin’s certificate against that name: the ` +
            `HTTPS listener needs a certificate covering ${endpoint}, or CloudFront answers 502.`,
          explanationKey: 'generated.originProtocol',
          field: 'origin.endpoint',
        };
  }
  return {
    id: 'origin-certificate-viewer-domain',
    severity: elbName ? 'warning' : 'info',
    message: elbName
      ? `The viewer’s Host (${config.domains.primary}) is forwarded, and ${endpoint} cannot have a certificate ` +
        'of its own: the load balancer’s HTTPS listener must present a certificate covering your domain ' +
        'names, or CloudFront answers 502.'
      : `The viewer’s Host (${config.domains.primary}) is forwarded: the origin must answer to that name, and ` +
        `its certificate must cover ${endpoint} or your domain names, or CloudFront answers 502.`,
    explanationKey: 'generated.originRequestPolicy.allViewer',
    field: 'origin.hostStrategy',
  };
});

export const ORIGIN_HOST_RULES: WarningRule[] = [forwardHostToApiGateway, originCertificateForHostStrategy];
