import { describe, expect, it } from 'vitest';
import { domainFromContext } from './deploy-context';

const ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const from = (values: Record<string, string>) => domainFromContext((key) => values[key]);

describe('the deploy context', () => {
  it('without a domain: the *.cloudfront.net name', () => expect(from({})).toBeUndefined());

  it('reads comma-separated names and the certificate', () => {
    expect(from({ domainNames: 'wizard.example.com, tools.example.com', certificateArn: ARN })).toEqual({
      names: ['wizard.example.com', 'tools.example.com'],
      certificateArn: ARN,
    });
  });

  it('refuses half a domain and certificates outside us-east-1', () => {
    expect(() => from({ domainNames: 'wizard.example.com' })).toThrow(/both/);
    expect(() => from({ certificateArn: ARN })).toThrow(/both/);
    expect(() =>
      from({ domainNames: 'wizard.example.com', certificateArn: ARN.replace('us-east-1', 'eu-west-1') }),
    ).toThrow(/us-east-1 only/);
  });
});
