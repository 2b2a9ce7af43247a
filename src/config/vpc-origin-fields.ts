import * as z from 'zod';
import { IDENTIFIER_MAX } from './aws-limits';
import { formField } from './field-meta';
import { optionalPattern } from './optional-pattern';
import { ORIGINS, ORIGIN_TYPES, type OriginType } from './origins';
import { parseVpcOriginArn } from './vpc-origin-arn';

/**
 * The origin fields only a VPC origin has (the ARN it points at, the protocol and port CloudFront uses, the
 * security group that must admit CloudFront), declared with their form metadata. `origin-schema.ts` puts them in
 * the origin object; `vpcOriginIssues` checks them against each other.
 */
export const VPC_ORIGIN_PROTOCOLS = ['https', 'http'] as const;
export const SECURITY_GROUP_ID_PATTERN = /^sg-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;

/** The origin types CloudFront reaches through a VPC origin (their descriptors say they are private). */
export const VPC_ORIGIN_TYPES: OriginType[] = ORIGIN_TYPES.filter(
  (type) => ORIGINS[type].privateOrigin !== undefined,
);
const FOR_VPC_ORIGINS = { field: 'origin.type', is: VPC_ORIGIN_TYPES } as const;

/** CloudFront (and CDK's VpcOrigin) take port 80, 443 or one from 1024 to 65535. */
const port = (fallback: number) =>
  z
    .number()
    .int()
    .default(fallback)
    .refine(
      (value) => value === 80 || value === 443 || (value >= 1024 && value <= 65535),
      'CloudFront connects to port 80, 443, or one from 1024 to 65535',
    );

export const VPC_ORIGIN_FIELDS = {
  vpcOriginArn: formField(
    z
      .string()
      .trim()
      .max(IDENTIFIER_MAX, { message: `An ARN has at most ${IDENTIFIER_MAX} characters`, abort: true })
      .default('')
      .superRefine((value, ctx) => {
        if (value === '') return;
        const parsed = parseVpcOriginArn(value);
        if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
      }),
    {
      label: 'Load balancer or instance ARN',
      help: 'The ARN of the internal ALB, the NLB or the EC2 instance in private subnets that the VPC origin points at.',
      appliesWhen: FOR_VPC_ORIGINS,
    },
  ),
  vpcOriginProtocol: formField(z.enum(VPC_ORIGIN_PROTOCOLS).default('https'), {
    label: 'Protocol to the origin',
    help: 'How CloudFront connects to the load balancer or instance: HTTPS (its certificate must match) or plain HTTP.',
    appliesWhen: FOR_VPC_ORIGINS,
    options: { https: 'HTTPS (listener with a certificate)', http: 'HTTP (no certificate)' },
  }),
  vpcOriginHttpsPort: formField(port(443), {
    label: 'HTTPS port',
    help: 'The port of the HTTPS listener CloudFront connects to (443 unless your listener uses another).',
    appliesWhen: { allOf: [FOR_VPC_ORIGINS, { field: 'origin.vpcOriginProtocol', is: ['https'] }] },
  }),
  vpcOriginHttpPort: formField(port(80), {
    label: 'HTTP port',
    help: 'The port of the HTTP listener CloudFront connects to (80 unless your listener uses another).',
    appliesWhen: { allOf: [FOR_VPC_ORIGINS, { field: 'origin.vpcOriginProtocol', is: ['http'] }] },
  }),
  securityGroupId: formField(
    optionalPattern(SECURITY_GROUP_ID_PATTERN, 'A security group ID looks like sg-0123456789abcdef0'),
    {
      label: 'Its security group (optional)',
      help: 'The stacks then let CloudFront’s origin-facing servers in through it; leave empty to add that rule yourself.',
      appliesWhen: FOR_VPC_ORIGINS,
    },
  ),
};

/** What the VPC origin fields need from each other: the ARN, when the origin is one. */
export function checkVpcOrigin(
  origin: { type: OriginType; vpcOriginArn: string },
  ctx: z.RefinementCtx,
): void {
  if (!VPC_ORIGIN_TYPES.includes(origin.type) || origin.vpcOriginArn !== '') return;
  ctx.addIssue({
    code: 'custom',
    path: ['vpcOriginArn'],
    message: 'Enter the ARN of the load balancer or instance the VPC origin points at',
  });
}
