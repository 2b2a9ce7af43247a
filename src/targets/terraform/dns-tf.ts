import type { CertificatePlan, DnsRecordPlan, HostedZonePlan } from '../../model';
import { attributes, block, comment, expr, type HclItem } from '../emit/hcl-document';
import { DISTRIBUTION, dnsRecordLabel, LABELS, providerArgument } from './names';

/** The created certificate with its DNS validation (certificate.tf) and the alias records (dns.tf). */

type CreatedCertificate = Extract<CertificatePlan, { kind: 'created' }>;

const CERTIFICATE = `aws_acm_certificate.${LABELS.certificate}`;

export function certificateBlocks(certificate: CreatedCertificate, zone: HostedZonePlan): HclItem[][] {
  const provider = providerArgument(certificate.stack);
  const keys = ['generated.certificate.dnsValidated'] as const;
  return [
    [
      comment('CloudFront only takes certificates from us-east-1.'),
      block(
        'resource',
        ['aws_acm_certificate', LABELS.certificate],
        [
          ...attributes({
            provider,
            domain_name: certificate.domainName,
            subject_alternative_names: certificate.subjectAlternativeNames,
            validation_method: certificate.validation.toUpperCase(),
          }),
          // A replacement is issued before the old one goes, so the distribution always has one.
          block('lifecycle', [], attributes({ create_before_destroy: true })),
        ],
        keys,
      ),
    ],
    [
      comment(`The validation records ACM asks for, in ${zone.name}.`),
      block(
        'resource',
        ['aws_route53_record', LABELS.certificateValidationRecords],
        attributes({
          provider,
          for_each: expr(
            [
              '{',
              `  for option in ${CERTIFICATE}.domain_validation_options : option.domain_name => {`,
              '    name   = option.resource_record_name',
              '    type   = option.resource_record_type',
              '    record = option.resource_record_value',
              '  }',
              '}',
            ].join('\n'),
          ),
          allow_overwrite: true,
          zone_id: zone.id,
          name: expr('each.value.name'),
          type: expr('each.value.type'),
          ttl: 60,
          records: [expr('each.value.record')],
        }),
        keys,
      ),
    ],
    [
      block(
        'resource',
        ['aws_acm_certificate_validation', LABELS.certificate],
        attributes({
          provider,
          certificate_arn: expr(`${CERTIFICATE}.arn`),
          validation_record_fqdns: expr(
            `[for record in aws_route53_record.${LABELS.certificateValidationRecords} : record.fqdn]`,
          ),
        }),
        keys,
      ),
    ],
  ];
}

export function dnsRecordBlock(record: DnsRecordPlan, zone: HostedZonePlan): HclItem[] {
  return [
    block(
      'resource',
      ['aws_route53_record', dnsRecordLabel(record)],
      [
        ...attributes({
          provider: providerArgument(record.stack),
          zone_id: zone.id,
          name: record.name,
          type: record.type,
        }),
        block(
          'alias',
          [],
          attributes({
            name: expr(`${DISTRIBUTION}.domain_name`),
            zone_id: expr(`${DISTRIBUTION}.hosted_zone_id`),
            evaluate_target_health: false,
          }),
        ),
      ],
      ['generated.dnsRecords'],
    ),
  ];
}
