/**
 * A target-neutral inventory of what a set of infrastructure files would create: each infrastructure target's
 * test support reads its own real output (the CDK synth, the CloudFormation templates, the Terraform files read
 * by a real HCL parser) into this shape, and the agreement test compares the inventories. Facts are normalised
 * (sorted lists, managed policies by ID, references by what they point at), never copied from the model.
 */
import type { StackKey } from '../../../src/model';

export type PolicyFact = `managed:${string}` | `custom:${string}`;

export interface BehaviorFacts {
  pathPattern: string | null;
  targetOriginId: string;
  viewerProtocolPolicy: string;
  allowedMethods: string[];
  cachedMethods: string[];
  compress: boolean;
  cachePolicy: PolicyFact;
  originRequestPolicy: PolicyFact | null;
  responseHeadersPolicy: PolicyFact | null;
  /** Event types of the associated CloudFront Functions, e.g. ['viewer-request']. */
  functionAssociations: string[];
}

export interface OriginFacts {
  id: string;
  /** A custom origin's domain name, or `bucket:<BucketKey>` for an S3 bucket of this stack. */
  domainName: string;
  originPath: string;
  /** Custom origins: the protocol policy and SSL protocols; null for S3. */
  protocolPolicy: string | null;
  sslProtocols: string[];
  /** Custom header names and where the value comes from (`secretsmanager:<name>` or the literal). */
  customHeaders: { name: string; value: string }[];
  /** The origin access control, by its name, or null. */
  originAccessControl: string | null;
  /** The VPC origin the origin goes through, by its name, or null. */
  vpcOrigin: string | null;
}

export interface DistributionFacts {
  aliases: string[];
  comment: string;
  priceClass: string;
  httpVersion: string;
  ipv6: boolean;
  minimumProtocolVersion: string;
  sslSupportMethod: string;
  /** `arn:<certificate ARN>` for an existing certificate, `created:<subject>` for the stack's own. */
  certificate: string;
  /** The user's web ACL ARN as written, `created:<name>` for the stack's own web ACL, or null. */
  webAclId: string | null;
  /** Legacy standard logging: the bucket's domain name, and whether cookies are logged. */
  logging: { bucket: string; includeCookies: boolean } | null;
  origins: OriginFacts[];
  defaultBehavior: BehaviorFacts;
  behaviors: BehaviorFacts[];
}

/** A web ACL rule statement: one node of AWS WAF's statement tree, in the inventory's own spelling. */
export type WafStatementFacts =
  | { managedRuleGroup: { vendorName: string; name: string; countRules: string[] } }
  | { labelMatch: { scope: string; key: string } }
  | {
      byteMatch: {
        field: 'uri-path';
        positionalConstraint: string;
        searchString: string;
        /** `priority:type`, in the order written. */
        textTransformations: string[];
      };
    }
  | { and: WafStatementFacts[] }
  | { or: WafStatementFacts[] }
  | { not: WafStatementFacts }
  | {
      rateBased: {
        limit: number;
        evaluationWindowSec: number;
        aggregateKeyType: string;
        scopeDown: WafStatementFacts;
      };
    };

export interface WebAclFacts {
  name: string;
  description: string;
  scope: string;
  /** `allow` or `block`. */
  defaultAction: string;
  visibility: { metricName: string; cloudWatchMetrics: boolean; sampledRequests: boolean };
  /** In priority order; `action` is `block` (the rule's own) or `override:none` (a rule group's). */
  rules: {
    name: string;
    priority: number;
    action: string;
    statement: WafStatementFacts;
    visibility: WebAclFacts['visibility'];
  }[];
}

export interface BucketPolicyStatementFacts {
  effect: 'Allow' | 'Deny';
  /** `service:<name>` or `*`. */
  principal: string;
  actions: string[];
  /** 'bucket' and/or 'objects' (`<arn>/*`), sorted. */
  resources: string[];
  /** e.g. `StringEquals AWS:SourceArn=distribution` or `Bool aws:SecureTransport=false`. */
  condition: string;
}

export type ResourceFacts =
  | { kind: 'distribution'; facts: DistributionFacts }
  | { kind: 'function'; facts: { name: string; runtime: string; code: string; comment: string } }
  | {
      kind: 'cache-policy';
      facts: {
        name: string;
        comment: string;
        minTtl: number;
        defaultTtl: number;
        maxTtl: number;
        cookies: string;
        queryStrings: string;
        headers: string[];
        gzip: boolean;
        brotli: boolean;
      };
    }
  | {
      kind: 'response-headers-policy';
      facts: {
        name: string;
        comment: string;
        hsts: { maxAge: number; includeSubdomains: boolean; preload: boolean; override: boolean };
        contentTypeOptions: { override: boolean };
        frameOptions: { option: string; override: boolean };
        referrerPolicy: { policy: string; override: boolean };
        /** Content-Security-Policy (the security header) and any custom headers, lower-case names. */
        csp: { header: string; value: string; override: boolean }[];
      };
    }
  | {
      kind: 'origin-access-control';
      facts: { name: string; originType: string; signingBehavior: string; signingProtocol: string };
    }
  | {
      kind: 'bucket';
      facts: {
        key: string;
        encryption: 'SSE-S3';
        blockPublicAccess: boolean;
        objectOwnership: string;
        retainOnDelete: boolean;
      };
    }
  | { kind: 'bucket-policy'; facts: { bucket: string; statements: BucketPolicyStatementFacts[] } }
  | {
      kind: 'lambda-permission';
      facts: {
        action: string;
        functionName: string;
        principal: string;
        /** Always `distribution` when it is this stack's (or the main stack's) distribution ARN. */
        sourceArn: string;
        functionUrlAuthType: string | null;
        invokedViaFunctionUrl: boolean;
      };
    }
  | {
      kind: 'certificate';
      facts: {
        domainName: string;
        subjectAlternativeNames: string[];
        validation: 'DNS';
        hostedZoneId: string;
      };
    }
  | { kind: 'log-group'; facts: { name: string; retentionDays: number } }
  | { kind: 'log-delivery-source'; facts: { name: string; logType: string; resource: 'distribution' } }
  | {
      kind: 'log-delivery-destination';
      /** `log-group:<name>`: the group the destination delivers to. */
      facts: { name: string; outputFormat: string; destination: string };
    }
  | {
      kind: 'log-delivery';
      /** Source and destination by name; the record fields sorted. */
      facts: { source: string; destination: string; recordFields: string[] };
    }
  | { kind: 'web-acl'; facts: WebAclFacts }
  | {
      kind: 'dns-record';
      facts: { name: string; type: string; aliasTarget: 'distribution'; hostedZoneId: string };
    }
  | {
      kind: 'vpc-origin';
      facts: {
        name: string;
        arn: string;
        protocolPolicy: string;
        httpPort: number;
        httpsPort: number;
        sslProtocols: string[];
      };
    }
  | {
      kind: 'security-group-ingress';
      facts: {
        securityGroupId: string;
        description: string;
        protocol: string;
        fromPort: number;
        toPort: number;
        /** The managed prefix list the source is, by name (its ID is looked up in the stack's region). */
        prefixList: string;
      };
    };

export type InventoryResource = ResourceFacts & { stack: StackKey; region: string };

export interface Inventory {
  resources: InventoryResource[];
  /** Output keys of the main stack, sorted (PascalCase, as the model names them). */
  outputs: string[];
}

/** A stable order and form, so two inventories compare with toEqual. */
export function normaliseInventory(inventory: Inventory): Inventory {
  const key = (resource: InventoryResource) =>
    `${resource.stack} ${resource.kind} ${JSON.stringify(resource.facts)}`;
  return {
    resources: inventory.resources
      .map(withoutOrderThatDoesNotMatter)
      .sort((a, b) => key(a).localeCompare(key(b))),
    outputs: [...inventory.outputs].sort(),
  };
}

/** Counts of resources by stack and kind: the first thing to compare (clear messages when one is missing). */
export function kindsByStack(inventory: Inventory): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of inventory.resources) {
    const name = `${resource.stack}@${resource.region} ${resource.kind}`;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** Bucket policy statements in a stable order (targets write them in different orders). */
export function sortStatements(statements: BucketPolicyStatementFacts[]): BucketPolicyStatementFacts[] {
  return [...statements].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * CloudFront does not care in which order aliases, origins and an origin's custom headers are listed (behaviours
 * it does: precedence), so the comparison does not either.
 */
function withoutOrderThatDoesNotMatter(resource: InventoryResource): InventoryResource {
  if (resource.kind !== 'distribution') return resource;
  return {
    ...resource,
    facts: {
      ...resource.facts,
      aliases: [...resource.facts.aliases].sort(),
      origins: [...resource.facts.origins]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((origin) => ({
          ...origin,
          customHeaders: [...origin.customHeaders].sort((a, b) => a.name.localeCompare(b.name)),
        })),
    },
  };
}
