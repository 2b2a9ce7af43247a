import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { cloudFrontHeaderSettings } from './cloudfront-policy.js';
import { HOST_FILE_PATHS, HOSTING_FOLDER } from './host-files.js';
import { CACHE_CONTROL, HASHED_ASSETS_PREFIX } from './security-headers.js';

/** A name of your own for the wizard, with its ACM certificate (which CloudFront only takes from us-east-1). */
export interface WizardDomain {
  names: string[];
  certificateArn: string;
}

export interface WizardHostingProps extends StackProps {
  /** The built wizard (`npx vite build` writes it to dist/). */
  siteFolder: string;
  /**
   * Serve the wizard under your own names. Without it the distribution answers on its *.cloudfront.net name
   * with CloudFront's default certificate, where CloudFront fixes the TLS policy at TLSv1 whatever is asked
   * (https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html): a custom
   * domain is the only way to TLSv1.2_2025.
   * @default - the *.cloudfront.net name only
   */
  domain?: WizardDomain;
}

/** The files of the built folder that are for the host, never uploaded: `_headers` and `hosting/`. */
const NOT_UPLOADED = [HOST_FILE_PATHS.headersFile, HOSTING_FOLDER.replace(/\/$/, '')];

/** The CDK enum member whose value is the header value (CloudFront accepts only those). */
function enumValue<E extends Record<string, string>>(members: E, value: string): E[keyof E] {
  const member = Object.values(members).find((candidate) => candidate === value);
  if (member === undefined) throw new Error(`CloudFront has no setting for ${value}`);
  return member as E[keyof E];
}

function securityHeadersPolicy(scope: Construct): cloudfront.ResponseHeadersPolicy {
  const settings = cloudFrontHeaderSettings();
  return new cloudfront.ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'Security headers of the CloudFront Django Wizard page (src/hosting/security-headers.ts)',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: settings.contentSecurityPolicy, override: true },
      contentTypeOptions: { override: true },
      frameOptions: {
        frameOption: enumValue(cloudfront.HeadersFrameOption, settings.frameOption),
        override: true,
      },
      referrerPolicy: {
        referrerPolicy: enumValue(cloudfront.HeadersReferrerPolicy, settings.referrerPolicy),
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(settings.hstsMaxAgeSeconds),
        includeSubdomains: false,
        preload: false,
        override: true,
      },
    },
    customHeadersBehavior: {
      customHeaders: settings.customHeaders.map(({ header, value }) => ({ header, value, override: true })),
    },
  });
}

/**
 * The wizard on AWS: a private S3 bucket read only by this distribution (origin access control), the security
 * headers policy on every answer, hashed assets cached for a year and everything else revalidated, so a
 * deploy shows at once without an invalidation.
 */
export class WizardHostingStack extends Stack {
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: WizardHostingProps) {
    super(scope, id, props);
    const bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Only built files live here: deleting the stack may delete them.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    const origin = S3BucketOrigin.withOriginAccessControl(bucket);
    const responseHeadersPolicy = securityHeadersPolicy(this);
    // Minimum TTL 0: CloudFront then honours the pages' Cache-Control: no-cache; a higher minimum would cache
    // them anyway (https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html).
    const pageCachePolicy = new cloudfront.CachePolicy(this, 'PageCache', {
      comment: 'Wizard pages: revalidated (Cache-Control from the object), compressed',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const behaviour = (cachePolicy: cloudfront.ICachePolicy): cloudfront.BehaviorOptions => ({
      origin,
      cachePolicy,
      responseHeadersPolicy,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      compress: true,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'CloudFront Django Wizard',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: behaviour(pageCachePolicy),
      // CachingOptimized keeps an object for its max-age, up to the policy's maximum TTL
      // (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html).
      additionalBehaviors: {
        [`${HASHED_ASSETS_PREFIX}*`]: behaviour(cloudfront.CachePolicy.CACHING_OPTIMIZED),
      },
      ...(props.domain === undefined
        ? {}
        : {
            domainNames: props.domain.names,
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2025,
          }),
    });

    const site = Source.asset(props.siteFolder, { exclude: NOT_UPLOADED });
    // Old hashed assets stay (no prune): a page loaded before a deploy can still fetch its lazy chunks.
    const assets = new BucketDeployment(this, 'HashedAssets', {
      sources: [site],
      destinationBucket: bucket,
      exclude: ['*'],
      include: [`${HASHED_ASSETS_PREFIX}*`],
      prune: false,
      cacheControl: [CacheControl.fromString(CACHE_CONTROL.hashedAsset)],
    });
    const pages = new BucketDeployment(this, 'Pages', {
      sources: [site],
      destinationBucket: bucket,
      exclude: [`${HASHED_ASSETS_PREFIX}*`],
      cacheControl: [CacheControl.fromString(CACHE_CONTROL.page)],
    });
    // index.html goes up only once the assets it names are there.
    pages.node.addDependency(assets);

    new CfnOutput(this, 'WizardUrl', {
      value: `https://${props.domain?.names[0] ?? this.distribution.distributionDomainName}/`,
      description: 'The hosted wizard',
    });
    new CfnOutput(this, 'DistributionDomainName', {
      value: this.distribution.distributionDomainName,
      description: 'Point your DNS names at this (CNAME, or a Route 53 alias)',
    });
  }
}
