import { EXAMPLE_CERTIFICATE_ARN, EXAMPLE_ORIGIN_ENDPOINTS, allDomains } from '../../config/schema';
import { singleWarning, type WarningRule } from './rule';

/** Names reserved for documentation and tests (RFC 2606, RFC 6761): they can never be a real site. */
const RESERVED_DOMAIN = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/;

export const exampleDomain: WarningRule = singleWarning((config) => {
  const examples = allDomains(config).filter((name) => RESERVED_DOMAIN.test(name));
  if (examples.length === 0) return null;
  return {
    id: 'example-domain',
    severity: 'warning',
    message:
      `${examples.join(', ')} ${examples.length === 1 ? 'is a name' : 'are names'} reserved for examples: ` +
      'enter the domain your visitors will use before deploying.',
    explanationKey: 'domains.primary',
    field: RESERVED_DOMAIN.test(config.domains.primary) ? 'domains.primary' : 'domains.additional',
  };
});

export const exampleOriginEndpoint: WarningRule = singleWarning((config) =>
  EXAMPLE_ORIGIN_ENDPOINTS.includes(config.origin.endpoint) || RESERVED_DOMAIN.test(config.origin.endpoint)
    ? {
        id: 'example-origin-endpoint',
        severity: 'warning',
        message:
          `${config.origin.endpoint} is an example origin: paste your own API Gateway, Lambda URL or load ` +
          'balancer endpoint, or CloudFront will forward every request to a host that is not yours.',
        explanationKey: 'origin.endpoint',
        field: 'origin.endpoint',
      }
    : null,
);

export const exampleCertificateArn: WarningRule = singleWarning((config) =>
  config.certificate.source === 'existing-arn' && config.certificate.arn === EXAMPLE_CERTIFICATE_ARN
    ? {
        id: 'example-certificate-arn',
        severity: 'warning',
        message:
          'The certificate ARN is the example one (account 123456789012): the deployment fails until you enter ' +
          'your own ACM certificate from us-east-1, or let the stack create one in your Route 53 zone.',
        explanationKey: 'certificate.arn',
        field: 'certificate.arn',
      }
    : null,
);

export const EXAMPLE_VALUE_RULES: WarningRule[] = [
  exampleDomain,
  exampleOriginEndpoint,
  exampleCertificateArn,
];
