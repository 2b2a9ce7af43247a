import type { Config } from '../config/schema';
import type { DjangoProxySettings } from './django-settings';
import type { ManagedPolicy } from './aws-constants';
import type { PrivateOriginPlan } from './private-origin-plan';
import type { AcceptedFindingPlan } from './accepted-findings';
import type { WebAclPlan } from './web-acl-plan';

export type * from './private-origin-plan';
export type * from './web-acl-plan';
export type { AcceptedFindingPlan, ReviewCheck } from './accepted-findings';

/**
 * What gets deployed for a Config, decided once: every stack with its region, every resource in it, the inputs a
 * deployer supplies, the outputs, and the deploy and destroy steps. Targets (CDK, CloudFormation, Terraform,
 * Django, the bundle README) only print this; the edge model (request flow, emulator, verify) and the knowledge
 * rules read it. Nothing here is specific to one target.
 */
export interface Deployment {
  projectName: string;
  /** The stacks in deploy order (the main one first). Terraform has no stacks: it maps each to a provider. */
  stacks: StackPlan[];
  distribution: DistributionPlan;
  viewerRequestFunction: ViewerRequestFunctionPlan | null;
  cachePolicies: CachePolicyPlan[];
  responseHeadersPolicy: ResponseHeadersPolicyPlan | null;
  originAccessControls: OriginAccessControlPlan[];
  buckets: BucketPlan[];
  /** CloudFront's rights on an OAC-signed Lambda function URL, in the function's own region. */
  lambdaPermissions: LambdaPermissionPlan[];
  certificate: CertificatePlan;
  /** The Route 53 zone the stack writes records to (alias records, certificate validation), or null. */
  hostedZone: HostedZonePlan | null;
  /** Alias records (A, and AAAA with IPv6) for every alternate domain name. */
  dnsRecords: DnsRecordPlan[];
  /** The secret header CloudFront adds to every request to the app origin, or null. */
  originSecret: OriginSecretPlan | null;
  /** The VPC origin Django's load balancer or instance is reached through, its security group rule; or null. */
  privateOrigin: PrivateOriginPlan | null;
  /** Standard logging v2 to CloudWatch Logs (the default), or null (legacy S3 logging or none). */
  accessLogDelivery: AccessLogDeliveryPlan | null;
  /** What a security review's checks report that this deployment accepts, with the reason (e.g. no geo restriction). */
  acceptedFindings: AcceptedFindingPlan[];
  /** The AWS WAF web ACL the distribution uses: the user's (by ARN), one the main stack creates, or null. */
  webAcl: WebAclPlan | null;
  outputs: OutputPlan[];
  /** What a deployer supplies that the wizard does not know (secrets, environment variables). */
  inputs: DeployInput[];
  deploySteps: DeployStep[];
  destroySteps: DestroyStep[];
  django: DjangoProxySettings;
  /** Target-format choices that are not infrastructure (e.g. YAML or JSON templates). */
  format: { cloudFormation: Config['output']['cloudFormationFormat'] };
}

export type StackKey = 'main' | 'origin-region';

export interface StackPlan {
  key: StackKey;
  /** The CloudFormation stack name (CDK's stackName, `aws cloudformation deploy --stack-name`). */
  name: string;
  /** PascalCase id for the CDK construct and class names, e.g. `MysiteStack`. */
  id: string;
  region: string;
  /** Why the stack is in that region, in one sentence (READMEs and comments). */
  regionReason: string;
  description: string;
  /** Values this stack reads from another stack (its deploy waits for that stack). */
  reads: { from: StackKey; output: OutputKey }[];
  /** Values looked up in the account when the stack is deployed (a managed prefix list's ID). */
  lookups: DeployLookup[];
}

/** A value that exists in the account but not in the config, found at deploy time (never guessed). */
export interface DeployLookup {
  /** The parameter name (CloudFormation, CDK) it fills; PascalCase. */
  key: 'CloudFrontPrefixListId';
  description: string;
  /** The AWS-managed prefix list whose ID this is, in the stack's region. */
  managedPrefixList: string;
  region: string;
  /** What a valid value looks like (CloudFormation checks it on deploy). */
  pattern: string;
}

/** Where a resource lives: every resource plan carries its stack. */
interface InStack {
  stack: StackKey;
}

export interface DistributionPlan extends InStack {
  /** Alternate domain names (CNAMEs), primary first. */
  aliases: string[];
  origins: OriginPlan[];
  defaultBehavior: BehaviorPlan;
  /** Path-pattern behaviours, in precedence order. */
  additionalBehaviors: (BehaviorPlan & { pathPattern: string })[];
  priceClass: Config['distribution']['priceClass'];
  httpVersion: Config['distribution']['httpVersion'];
  ipv6: boolean;
  minimumTlsVersion: Config['distribution']['minimumTlsVersion'];
  sslSupportMethod: 'sni-only';
  /** Legacy standard logging to an existing bucket, without cookies. */
  logging: { bucket: string; bucketDomainName: string; includeCookies: false } | null;
  /** At most 128 characters (CloudFront's limit). */
  comment: string;
}

export type OriginId = 'App' | 'StaticFiles' | 'MediaFiles';

export type OriginPlan =
  | {
      id: 'App';
      kind: 'custom';
      domainName: string;
      /** '' or e.g. '/prod'. */
      originPath: string;
      protocolPolicy: 'https-only';
      httpsPort: 443;
      /** Required by some tools even though CloudFront never uses it with https-only. */
      httpPort: 80;
      sslProtocols: ['TLSv1.2'];
      /** The origin access control that signs requests (Lambda URL), or null. */
      originAccessControl: 'LambdaUrl' | null;
      /** The secret header, by reference to `Deployment.originSecret`. */
      secretHeader: boolean;
      /** The explanation of the origin service itself (ECS Express Mode), tagged on its domain name; or null. */
      describedBy: 'generated.ecsExpressOrigin' | null;
    }
  | {
      id: 'App';
      kind: 'vpc';
      /** The name CloudFront sends as Host and, over HTTPS, checks the certificate against. */
      domainName: string;
      originPath: string;
      /** The VPC origin it goes through (`Deployment.privateOrigin.vpcOrigin`). */
      vpcOrigin: 'App';
      secretHeader: boolean;
      /** Headers CloudFront adds with a fixed value to every request (the viewer's protocol, for Django). */
      fixedHeaders: { name: string; value: string }[];
    }
  | {
      id: 'StaticFiles' | 'MediaFiles';
      kind: 's3';
      bucket: BucketKey;
      originAccessControl: BucketKey;
      /**
       * Always '': CloudFront asks S3 for the viewer's path as it is, so an object's key is its URL path without
       * the leading slash (`/static/css/app.css` → `static/css/app.css`); the bucket's `objectKeyPrefix` says so.
       */
      originPath: '';
    };

/** The origin Django is behind: a public custom origin or a VPC origin. */
export type AppOriginPlan = Extract<OriginPlan, { id: 'App' }>;

export type PolicyRef = { kind: 'managed'; policy: ManagedPolicy } | { kind: 'custom'; key: string };

export type AllowedMethods = 'ALL' | 'GET_HEAD' | 'GET_HEAD_OPTIONS';

/** The HTTP methods each AllowedMethods choice stands for (CloudFront's own lists). */
export const ALLOWED_METHOD_LISTS: Record<AllowedMethods, string[]> = {
  ALL: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
  GET_HEAD: ['GET', 'HEAD'],
  GET_HEAD_OPTIONS: ['GET', 'HEAD', 'OPTIONS'],
};

export interface BehaviorPlan {
  pathPattern: string | null;
  originId: OriginId;
  viewerProtocolPolicy: 'redirect-to-https';
  allowedMethods: AllowedMethods;
  /** CloudFront caches GET and HEAD only; OPTIONS is not cached. */
  cachedMethods: 'GET_HEAD';
  compress: true;
  cachePolicy: PolicyRef;
  originRequestPolicy: PolicyRef | null;
  responseHeadersPolicy: PolicyRef | null;
  /** Whether the viewer-request function runs for this behaviour. */
  viewerRequestFunction: boolean;
}

export interface ViewerRequestFunctionPlan extends InStack {
  /** At most 64 characters: letters, digits, hyphens, underscores. */
  name: string;
  runtime: 'cloudfront-js-2.0';
  code: string;
  comment: string;
}

export interface CachePolicyPlan extends InStack {
  key: string;
  /** Unique per account: includes the project name. */
  name: string;
  comment: string;
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
  cookies: 'all' | 'none';
  queryStrings: 'all' | 'none';
  /** Header names in the cache key (lower case): the viewer's host, so www and apex never share entries. */
  headers: string[];
  enableGzip: true;
  enableBrotli: true;
}

export interface ResponseHeadersPolicyPlan extends InStack {
  key: 'SecurityHeaders';
  name: string;
  comment: string;
  hsts: { maxAgeSeconds: number; includeSubdomains: boolean; preload: boolean };
  contentTypeOptions: true;
  frameOptions: 'DENY';
  referrerPolicy: 'strict-origin-when-cross-origin';
  /** The Content-Security-Policy the policy sends, or null (Django sends it, or nobody does). */
  csp: CspHeaderPlan | null;
  /** Override what Django sends, so there is one source of truth for these headers. */
  override: true;
}

/**
 * A CSP header: enforced (the policy's ContentSecurityPolicy security header) or report-only (browsers report and
 * block nothing; a response headers policy sends it as a custom header, aws-cdk issue 29006).
 */
export interface CspHeaderPlan {
  reportOnly: boolean;
  header: 'Content-Security-Policy' | 'Content-Security-Policy-Report-Only';
  /** The policy as the header carries it (directives joined by "; "). */
  value: string;
}

export type BucketKey = 'StaticFiles' | 'MediaFiles';

export interface OriginAccessControlPlan extends InStack {
  key: BucketKey | 'LambdaUrl';
  /** Unique per account: includes the project name; at most 64 characters. */
  name: string;
  description: string;
  originType: 's3' | 'lambda';
  signingBehavior: 'always';
  signingProtocol: 'sigv4';
}

export interface BucketPlan extends InStack {
  key: BucketKey;
  purpose: string;
  /** The bucket's name is generated (unique); this starts it where a tool lets us choose (Terraform). */
  namePrefix: string;
  encryption: 'SSE-S3';
  blockPublicAccess: true;
  objectOwnership: 'BucketOwnerEnforced';
  /** The bucket holds the site's files: deleting the stack leaves it (and its files) in place. */
  retainOnDelete: true;
  /**
   * Where the files go in the bucket: the behaviour's URL prefix without the leading slash (`static/` for
   * `/static/*`), because the S3 origin has no origin path and CloudFront asks for the viewer's path. The upload
   * step, the django-storages `location` and the emulator's bucket all use this one prefix.
   */
  objectKeyPrefix: string;
  /** The path pattern of the behaviour that reads this bucket. */
  pathPattern: string;
  policy: BucketPolicyStatementPlan[];
}

export interface BucketPolicyStatementPlan {
  /** Statement id (the CDK prints its own; only the effect, principal, actions, resources and condition count). */
  sid: string;
  effect: 'Allow' | 'Deny';
  principal: { service: string } | '*';
  actions: string[];
  /** 'bucket' = the bucket's ARN, 'objects' = `<arn>/*`. */
  resources: ('bucket' | 'objects')[];
  condition:
    | { test: 'StringEquals'; variable: 'AWS:SourceArn'; value: 'distribution-arn' }
    | { test: 'Bool'; variable: 'aws:SecureTransport'; value: 'false' };
}

export interface LambdaPermissionPlan extends InStack {
  key: 'InvokeFunctionUrl' | 'InvokeFunction';
  action: 'lambda:InvokeFunctionUrl' | 'lambda:InvokeFunction';
  functionArn: string;
  principal: string;
  /** Always the distribution's ARN (read from the main stack when this one is elsewhere). */
  sourceArn: 'distribution-arn';
  /** InvokeFunctionUrl only: the URL's auth type the grant is for. */
  functionUrlAuthType: 'AWS_IAM' | null;
  /** InvokeFunction only: limited to calls made through the function URL. */
  invokedViaFunctionUrl: boolean;
}

export type CertificatePlan =
  | { kind: 'existing'; arn: string }
  | (InStack & {
      kind: 'created';
      /** The certificate's subject: the first name of at most 64 characters (ACM's limit). */
      domainName: string;
      subjectAlternativeNames: string[];
      validation: 'dns';
    });

export interface HostedZonePlan {
  id: string;
  name: string;
}

export interface DnsRecordPlan extends InStack {
  name: string;
  type: 'A' | 'AAAA';
  /** PascalCase, unique among the records, e.g. `WwwExampleCom`. */
  id: string;
}

/** CloudFront standard logging v2: the distribution's access logs delivered to a CloudWatch Logs group. */
export interface AccessLogDeliveryPlan extends InStack {
  logGroupName: string;
  /** Days the group keeps the logs (they hold viewers' IP addresses). */
  retentionDays: number;
  /** AWS::Logs::DeliverySource name (the distribution, log type ACCESS_LOGS). */
  sourceName: string;
  /** AWS::Logs::DeliveryDestination name (the log group). */
  destinationName: string;
  logType: 'ACCESS_LOGS';
  outputFormat: 'json';
  /** Every log field but cs(Cookie). */
  recordFields: string[];
}

export interface OriginSecretPlan {
  /** The header CloudFront adds to every request to the app origin. */
  headerName: string;
  /** The AWS Secrets Manager secret holding the value (created once, before the stacks; never in a template). */
  secretName: string;
  secretRegion: string;
  /**
   * The secret version CloudFront sends, an input of every deploy. A stack reads a secret again only when the
   * reference itself changes (CloudFormation re-resolves a dynamic reference only when the resource is updated),
   * so the reference names a version id: a rotation's deploy passes the new id and the distribution is updated.
   */
  versionId: SecretVersionInput;
}

/** The version id input: one name per kind of tool (stack parameter, Terraform variable, shell variable). */
export interface SecretVersionInput {
  /** The CloudFormation/CDK stack parameter, e.g. `OriginSecretVersionId`. */
  parameter: string;
  /** The Terraform variable, e.g. `origin_secret_version_id`. */
  variable: string;
  /** The shell variable the README's commands keep it in, e.g. `ORIGIN_SECRET_VERSION_ID`. */
  shellVariable: string;
  /** Secrets Manager version ids are 32 to 64 characters (a UUID when Secrets Manager makes them). */
  pattern: string;
  description: string;
  /** The staging label the deploy reads the id of: the current value. */
  stage: 'AWSCURRENT';
}

export type OutputKey =
  'DistributionId' | 'DistributionDomainName' | 'DistributionArn' | `${BucketKey}BucketName`;

export interface OutputPlan extends InStack {
  key: OutputKey;
  description: string;
  value:
    | { of: 'distribution'; attribute: 'id' | 'domainName' | 'arn' }
    | { of: 'bucket'; bucket: BucketKey; attribute: 'name' };
}

/** Something only the deployer knows, with the one name every file uses for it. */
export interface DeployInput {
  key: 'originSecret' | 'previousOriginSecret';
  /** The environment variable (Django) and shell variable (README) name. */
  name: string;
  description: string;
  secret: true;
  /** Where its value comes from. */
  from: { secretsManager: string; version: 'AWSCURRENT' | 'AWSPREVIOUS'; region: string };
}

/** One step of the deployment, target-neutral: each target says how it does it (see the target registry). */
export type DeployStep =
  | { kind: 'create-origin-secret'; secret: OriginSecretPlan }
  | { kind: 'deploy-stack'; stack: StackKey }
  /** `originVerify: 'later'`: deploy the settings without the secret check, turned on by `enable-origin-verify`. */
  | { kind: 'configure-django'; originVerify: 'now' | 'later' | 'none' }
  | { kind: 'enable-origin-verify' }
  | { kind: 'upload-files'; buckets: BucketKey[] }
  | { kind: 'dns'; managedByStack: boolean };

export type DestroyStep =
  | { kind: 'restore-dns'; managedByStack: boolean }
  /**
   * Django back to its previous release. With the origin secret this comes first: the middleware refuses every
   * request that does not come through CloudFront, and once DNS moves, viewers reach the origin directly.
   */
  | { kind: 'restore-django'; requiresOriginSecret: boolean }
  | { kind: 'empty-buckets'; buckets: BucketKey[] }
  | { kind: 'destroy-stack'; stack: StackKey }
  | { kind: 'delete-origin-secret'; secret: OriginSecretPlan };
