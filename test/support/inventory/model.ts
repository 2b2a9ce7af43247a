/**
 * What the deployment model says will be deployed, in the inventory's shape: the expectation a target's real
 * output, read back by its inventory reader, must equal. Target-neutral: every infrastructure target's inventory test compares with it.
 */
import {
  ALLOWED_METHOD_LISTS,
  stackOf,
  type BehaviorPlan,
  type BucketPolicyStatementPlan,
  type Deployment,
  type OriginPlan,
  type PolicyRef,
} from '../../../src/model';
import type {
  BehaviorFacts,
  BucketPolicyStatementFacts,
  Inventory,
  InventoryResource,
  OriginFacts,
  PolicyFact,
  ResourceFacts,
} from './inventory';
import { sortStatements } from './inventory';
import { appOriginHeaders, privateOriginModelFacts, vpcOriginNameOf } from './private-origin-facts';
import { modelWebAclId, webAclModelFacts } from './web-acl-facts';

const policyFact = (policy: PolicyRef): PolicyFact =>
  policy.kind === 'managed' ? `managed:${policy.policy.id}` : `custom:${policy.key}`;

function oacName(deployment: Deployment, key: string): string {
  const control = deployment.originAccessControls.find((candidate) => candidate.key === key);
  if (control === undefined) throw new Error(`The model has no ${key} origin access control`);
  return control.name;
}

function originFacts(deployment: Deployment, origin: OriginPlan): OriginFacts {
  if (origin.kind === 's3') {
    return {
      id: origin.id,
      domainName: `bucket:${origin.bucket}`,
      originPath: '',
      protocolPolicy: null,
      sslProtocols: [],
      customHeaders: [],
      originAccessControl: oacName(deployment, origin.originAccessControl),
      vpcOrigin: null,
    };
  }
  if (origin.kind === 'vpc') {
    return {
      id: origin.id,
      domainName: origin.domainName,
      originPath: origin.originPath,
      protocolPolicy: null,
      sslProtocols: [],
      customHeaders: appOriginHeaders(deployment, origin),
      originAccessControl: null,
      vpcOrigin: vpcOriginNameOf(deployment, origin),
    };
  }
  return {
    id: origin.id,
    domainName: origin.domainName,
    originPath: origin.originPath,
    protocolPolicy: origin.protocolPolicy,
    sslProtocols: [...origin.sslProtocols].sort(),
    customHeaders: appOriginHeaders(deployment, origin),
    originAccessControl:
      origin.originAccessControl === null ? null : oacName(deployment, origin.originAccessControl),
    vpcOrigin: null,
  };
}

function behaviorFacts(behavior: BehaviorPlan): BehaviorFacts {
  return {
    pathPattern: behavior.pathPattern,
    targetOriginId: behavior.originId,
    viewerProtocolPolicy: behavior.viewerProtocolPolicy,
    allowedMethods: [...ALLOWED_METHOD_LISTS[behavior.allowedMethods]].sort(),
    cachedMethods: [...ALLOWED_METHOD_LISTS[behavior.cachedMethods]].sort(),
    compress: behavior.compress,
    cachePolicy: policyFact(behavior.cachePolicy),
    originRequestPolicy:
      behavior.originRequestPolicy === null ? null : policyFact(behavior.originRequestPolicy),
    responseHeadersPolicy:
      behavior.responseHeadersPolicy === null ? null : policyFact(behavior.responseHeadersPolicy),
    functionAssociations: behavior.viewerRequestFunction ? ['viewer-request'] : [],
  };
}

function statementFacts(statement: BucketPolicyStatementPlan): BucketPolicyStatementFacts {
  const { condition } = statement;
  return {
    effect: statement.effect,
    principal: statement.principal === '*' ? '*' : `service:${statement.principal.service}`,
    actions: [...statement.actions].sort(),
    resources: [...statement.resources].sort(),
    condition: `${condition.test} ${condition.variable}=${condition.value === 'distribution-arn' ? 'distribution' : condition.value}`,
  };
}

/** Every resource of the model with its facts, in its stack and region. */
export function modelInventory(deployment: Deployment): Inventory {
  const resources: InventoryResource[] = [];
  const add = (stack: InventoryResource['stack'], resource: ResourceFacts) =>
    resources.push({ ...resource, stack, region: stackOf(deployment, stack).region } as InventoryResource);
  const { distribution, certificate, hostedZone } = deployment;
  add(distribution.stack, {
    kind: 'distribution',
    facts: {
      aliases: distribution.aliases,
      comment: distribution.comment,
      priceClass: distribution.priceClass,
      httpVersion: distribution.httpVersion,
      ipv6: distribution.ipv6,
      minimumProtocolVersion: distribution.minimumTlsVersion,
      sslSupportMethod: distribution.sslSupportMethod,
      certificate:
        certificate.kind === 'existing' ? `arn:${certificate.arn}` : `created:${certificate.domainName}`,
      webAclId: modelWebAclId(deployment),
      logging:
        distribution.logging === null
          ? null
          : {
              bucket: distribution.logging.bucketDomainName,
              includeCookies: distribution.logging.includeCookies,
            },
      origins: distribution.origins.map((origin) => originFacts(deployment, origin)),
      defaultBehavior: behaviorFacts(distribution.defaultBehavior),
      behaviors: distribution.additionalBehaviors.map(behaviorFacts),
    },
  });
  const fn = deployment.viewerRequestFunction;
  if (fn !== null)
    add(fn.stack, {
      kind: 'function',
      facts: { name: fn.name, runtime: fn.runtime, code: fn.code, comment: fn.comment },
    });
  for (const policy of deployment.cachePolicies) {
    add(policy.stack, {
      kind: 'cache-policy',
      facts: {
        name: policy.name,
        comment: policy.comment,
        minTtl: policy.minTtl,
        defaultTtl: policy.defaultTtl,
        maxTtl: policy.maxTtl,
        cookies: policy.cookies,
        queryStrings: policy.queryStrings,
        headers: [...policy.headers].sort(),
        gzip: policy.enableGzip,
        brotli: policy.enableBrotli,
      },
    });
  }
  const headers = deployment.responseHeadersPolicy;
  if (headers !== null) {
    add(headers.stack, {
      kind: 'response-headers-policy',
      facts: {
        name: headers.name,
        comment: headers.comment,
        hsts: {
          maxAge: headers.hsts.maxAgeSeconds,
          includeSubdomains: headers.hsts.includeSubdomains,
          preload: headers.hsts.preload,
          override: headers.override,
        },
        contentTypeOptions: { override: headers.override },
        frameOptions: { option: headers.frameOptions, override: headers.override },
        referrerPolicy: { policy: headers.referrerPolicy, override: headers.override },
        csp:
          headers.csp === null
            ? []
            : [
                {
                  header: headers.csp.header.toLowerCase(),
                  value: headers.csp.value,
                  override: headers.override,
                },
              ],
      },
    });
  }
  for (const control of deployment.originAccessControls) {
    add(control.stack, {
      kind: 'origin-access-control',
      facts: {
        name: control.name,
        originType: control.originType,
        signingBehavior: control.signingBehavior,
        signingProtocol: control.signingProtocol,
      },
    });
  }
  for (const bucket of deployment.buckets) {
    add(bucket.stack, {
      kind: 'bucket',
      facts: {
        key: bucket.key,
        encryption: bucket.encryption,
        blockPublicAccess: bucket.blockPublicAccess,
        objectOwnership: bucket.objectOwnership,
        retainOnDelete: bucket.retainOnDelete,
      },
    });
    add(bucket.stack, {
      kind: 'bucket-policy',
      facts: { bucket: bucket.key, statements: sortStatements(bucket.policy.map(statementFacts)) },
    });
  }
  for (const permission of deployment.lambdaPermissions) {
    add(permission.stack, {
      kind: 'lambda-permission',
      facts: {
        action: permission.action,
        functionName: permission.functionArn,
        principal: permission.principal,
        sourceArn: 'distribution',
        functionUrlAuthType: permission.functionUrlAuthType,
        invokedViaFunctionUrl: permission.invokedViaFunctionUrl,
      },
    });
  }
  if (certificate.kind === 'created') {
    add(certificate.stack, {
      kind: 'certificate',
      facts: {
        domainName: certificate.domainName,
        subjectAlternativeNames: [...certificate.subjectAlternativeNames].sort(),
        validation: 'DNS',
        hostedZoneId: hostedZone?.id ?? '',
      },
    });
  }
  const logs = deployment.accessLogDelivery;
  if (logs !== null) {
    add(logs.stack, {
      kind: 'log-group',
      facts: { name: logs.logGroupName, retentionDays: logs.retentionDays },
    });
    add(logs.stack, {
      kind: 'log-delivery-source',
      facts: { name: logs.sourceName, logType: logs.logType, resource: 'distribution' },
    });
    add(logs.stack, {
      kind: 'log-delivery-destination',
      facts: {
        name: logs.destinationName,
        outputFormat: logs.outputFormat,
        destination: `log-group:${logs.logGroupName}`,
      },
    });
    add(logs.stack, {
      kind: 'log-delivery',
      facts: {
        source: logs.sourceName,
        destination: logs.destinationName,
        recordFields: [...logs.recordFields].sort(),
      },
    });
  }
  for (const record of deployment.dnsRecords) {
    add(record.stack, {
      kind: 'dns-record',
      facts: {
        name: record.name,
        type: record.type,
        aliasTarget: 'distribution',
        hostedZoneId: hostedZone?.id ?? '',
      },
    });
  }
  resources.push(...privateOriginModelFacts(deployment));
  resources.push(...webAclModelFacts(deployment));
  const outputs = deployment.outputs.filter((output) => output.stack === 'main').map((output) => output.key);
  return { resources, outputs: outputs.sort() };
}
