import { describe, expect, it } from 'vitest';
import { customHeaderProblem } from './aws-limits';
import { VIEWER_PROTO_HEADER } from './origins';
import { parseConfig } from './schema';
import { parseVpcOriginArn } from './vpc-origin-arn';

/** The VPC origin's ARN is checked part by part, each with its own message at the field. */
describe('VPC origin ARN', () => {
  const problem = (arn: string) => {
    const parsed = parseVpcOriginArn(arn);
    return 'problem' in parsed ? parsed.problem : null;
  };
  const ALB = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mysite/0123456789abcdef';

  it('takes an ALB, an NLB and an EC2 instance', () => {
    expect(parseVpcOriginArn(ALB)).toMatchObject({ type: 'application-load-balancer', region: 'eu-west-1' });
    expect(parseVpcOriginArn(ALB.replace('/app/', '/net/'))).toMatchObject({ type: 'network-load-balancer' });
    expect(
      parseVpcOriginArn('arn:aws:ec2:us-east-2:123456789012:instance/i-0123456789abcdef0'),
    ).toMatchObject({ type: 'ec2-instance', name: 'i-0123456789abcdef0', account: '123456789012' });
  });

  it('says which part is wrong: partition, region, account, resource type', () => {
    expect(problem('not-an-arn')).toMatch(/^Not an ARN/);
    expect(problem(ALB.replace('arn:aws:', 'arn:aws-cn:'))).toMatch(/^Partition aws-cn/);
    expect(problem(ALB.replace('eu-west-1', 'europe'))).toMatch(/^Region europe/);
    expect(problem(ALB.replace('123456789012', '1234'))).toMatch(/^Account 1234/);
    expect(problem(ALB.replace('/app/', '/gwy/'))).toMatch(/Gateway Load Balancer/);
    expect(problem(ALB.replace('loadbalancer/app/mysite/0123456789abcdef', 'loadbalancer/mysite'))).toMatch(
      /Classic Load Balancer/,
    );
    expect(problem('arn:aws:lambda:eu-west-1:123456789012:function:mysite')).toMatch(/A lambda resource/);
    expect(problem('arn:aws:ec2:eu-west-1:123456789012:volume/vol-0123')).toMatch(/Not an EC2 instance/);
  });

  it('is required for a VPC origin, shown at the field, with the other fields checked too', () => {
    const issues = (origin: Record<string, unknown>) => {
      const parsed = parseConfig({
        origin: { type: 'vpc-origin', endpoint: 'origin.example.com', ...origin },
      });
      return parsed.success
        ? {}
        : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
    };
    expect(issues({})['origin.vpcOriginArn']).toMatch(/Enter the ARN/);
    expect(issues({ vpcOriginArn: ALB })).toEqual({});
    expect(issues({ vpcOriginArn: ALB, securityGroupId: 'sg-12' })['origin.securityGroupId']).toMatch(/sg-/);
    expect(issues({ vpcOriginArn: ALB, vpcOriginHttpsPort: 444 })['origin.vpcOriginHttpsPort']).toMatch(
      /1024/,
    );
    expect(issues({ vpcOriginArn: ALB, vpcOriginHttpPort: 8080 })).toEqual({});
  });

  it('keeps the header CloudFront adds for Django from being the secret header', () => {
    expect(customHeaderProblem(VIEWER_PROTO_HEADER)).toMatch(/X-Viewer-Proto/);
  });
});
