import type {
  BucketKey,
  DnsRecordPlan,
  LambdaPermissionPlan,
  OriginAccessControlPlan,
  SecurityGroupIngressPlan,
  VpcOriginPlan,
} from '../../model';

/**
 * The logical ID of every model resource in the templates: each is the model's own key with the resource kind
 * after it (`StaticFilesBucket`, `DynamicPagesCachePolicy`), so a reader of the template can tell which model
 * resource it is.
 */
export const LOGICAL_IDS = {
  distribution: 'Distribution',
  viewerRequestFunction: 'ViewerRequestFunction',
  certificate: 'Certificate',
  webAcl: 'WebACL',
  cachePolicy: (key: string) => `${key}CachePolicy`,
  responseHeadersPolicy: (key: string) => `${key}ResponseHeadersPolicy`,
  bucket: (key: BucketKey) => `${key}Bucket`,
  bucketPolicy: (key: BucketKey) => `${key}BucketPolicy`,
  originAccessControl: (key: OriginAccessControlPlan['key']) => `${key}OriginAccessControl`,
  lambdaPermission: (key: LambdaPermissionPlan['key']) => `CloudFront${key}Permission`,
  dnsRecord: (record: DnsRecordPlan) => `${record.id}${record.type}Record`,
  vpcOrigin: (key: VpcOriginPlan['key']) => `${key}VpcOrigin`,
  securityGroupIngress: (key: SecurityGroupIngressPlan['key']) => `${key}Ingress`,
  accessLogs: {
    logGroup: 'AccessLogGroup',
    source: 'AccessLogDeliverySource',
    destination: 'AccessLogDeliveryDestination',
    delivery: 'AccessLogDelivery',
  },
} as const;
