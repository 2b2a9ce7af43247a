import type { WizardDomain } from './wizard-hosting-stack.js';

/**
 * The custom domain from `cdk deploy` context (`-c domainNames=a.example.com,b.example.com -c certificateArn=…`),
 * or undefined for the *.cloudfront.net name. Half a domain, or a certificate outside us-east-1 (the only region
 * CloudFront takes certificates from), is refused before anything is synthesized.
 */
export function domainFromContext(context: (key: string) => unknown): WizardDomain | undefined {
  const names = String(context('domainNames') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const certificateArn = String(context('certificateArn') ?? '').trim();
  if (names.length > 0 !== (certificateArn !== '')) {
    throw new Error(
      'Give both -c domainNames=… and -c certificateArn=… (an ACM certificate in us-east-1), or neither',
    );
  }
  if (names.length === 0) return undefined;
  if (!/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    throw new Error(`CloudFront takes ACM certificates from us-east-1 only: ${certificateArn} is not one`);
  }
  return { names, certificateArn };
}
