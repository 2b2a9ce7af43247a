import type { DocLink } from './doc-links';

const link = (title: string, url: string): DocLink => ({ title, url });
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';

/**
 * The pages the security defaults rest on (issue 11: Authorization, S3 keys, secret rotation, TLS policies,
 * logging, WAF, HSTS/CSP, Django versions). Spread into DOCS; kept apart so parallel work merges cleanly.
 */
export const SECURITY_DOCS = {
  authorizationHeader: link(
    'AWS re:Post: forward the Authorization header to the origin (it must be in the cache key)',
    'https://repost.aws/knowledge-center/cloudfront-authorization-header',
  ),
  s3GetObjectMissingKey: link(
    'Amazon S3: GetObject (a missing key is 403 without s3:ListBucket)',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html',
  ),
  djangoStoragesS3: link(
    'django-storages: Amazon S3 backends (STORAGES, location, custom_domain)',
    'https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html',
  ),
  secretVersionInDynamicReference: link(
    'AWS re:Post: a stack update re-reads a secret only when the dynamic reference changes (use the VersionId)',
    'https://repost.aws/knowledge-center/cloudformation-stack-update-secrets',
  ),
  secretsManagerDynamicReference: link(
    'CloudFormation: get a secret from Secrets Manager (dynamic reference, version-id)',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html',
  ),
  oacOverwritesAuthorization: link(
    'CloudFront: restrict access to a Lambda function URL origin (OAC signs every request)',
    `${CF}/private-content-restricting-access-to-lambda.html`,
  ),
  pathPatternSetting: link(
    'CloudFront: cache behavior path pattern (evaluated in order, first match wins)',
    `${CF}/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern`,
  ),
  djangoSilencedSystemChecks: link(
    'Django: SILENCED_SYSTEM_CHECKS',
    'https://docs.djangoproject.com/en/5.2/ref/settings/#silenced-system-checks',
  ),
  djangoSecurityChecks: link(
    'Django: system checks, security (check --deploy)',
    'https://docs.djangoproject.com/en/5.2/ref/checks/#security',
  ),
  django52Release: link(
    'Django 5.2 release notes (Python 3.10 to 3.14)',
    'https://docs.djangoproject.com/en/5.2/releases/5.2/',
  ),
  django60Release: link(
    'Django 6.0 release notes (Python 3.12 to 3.14, Content Security Policy)',
    'https://docs.djangoproject.com/en/6.0/releases/6.0/',
  ),
  django61Release: link(
    'Django 6.1 release notes (Python 3.12 to 3.14)',
    'https://docs.djangoproject.com/en/6.1/releases/6.1/',
  ),
  standardLoggingV2: link(
    'CloudFront: standard logging (v2) to CloudWatch Logs, Firehose or S3',
    `${CF}/standard-logging.html`,
  ),
  standardLogFields: link(
    'CloudFront: standard log file fields',
    `${CF}/standard-logs-reference.html#BasicDistributionFileFormat`,
  ),
  logsDeliveryResource: link(
    'CloudFormation: AWS::Logs::Delivery',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-delivery.html',
  ),
  logGroupRetention: link(
    'CloudFormation: AWS::Logs::LogGroup RetentionInDays',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html',
  ),
} as const satisfies Record<string, DocLink>;
