/**
 * What the model says a deployment creates, in the Inventory shape: the contract tests compare it with the
 * inventory read from the synthesized templates (`inventory/cdk.ts`), so every fact the CDK app deploys is checked
 * against the model in one comparison.
 */
import {
  ALLOWED_METHOD_LISTS,
  type BehaviorPlan,
  type Deployment,
  type OriginPlan,
  type PolicyRef,
  type StackKey,
} from '../../../src/model';
import type {
  BehaviorFacts,
  Inventory,
  InventoryResource,
  OriginFacts,
  PolicyFact,
  ResourceFacts,
} from '../inventory/inventory';

export function inventoryOfModel(deployment: Deployment): Inventory {
  const regionOf = (stack: StackKey) =>
    deployment.stacks.find((candidate) => candidate.key === stack)?.region ?? '';
  const resources: InventoryResource[] = [];
  const add = (stack: StackKey, facts: ResourceFacts) =>
    resources.push({ ...facts, stack, region: regionOf(stack) });
  const { distribution, certificate, hostedZone } = deployment;
  const oacName = (key: string | null) =>
    key === null
      ? null
      : (deployment.originAccessControls.find((control) => control.key === key)?.name ?? null);
  const policy = (ref: PolicyRef | null): PolicyFact | null => {
    if (ref === null) return null;
    if (ref.kind === 'managed') return `managed:${ref.policy.id}`;
    const custom = [
      ...deployment.cachePolicies,
      ...(deployment.responseHeadersPolicy ? [deployment.responseHeadersPolicy] : []),
    ];
    return `custom:${custom.find((candidate) => candidate.key === ref.key)?.name ?? ref.key}`;
  };
  const behavior = (plan: BehaviorPlan): BehaviorFacts => ({
    pathPattern: plan.pathPattern,
    targetOriginId: plan.originId,
    viewerProtocolPolicy: plan.viewerProtocolPolicy,
    allowedMethods: [...ALLOWED_METHOD_LISTS[plan.allowedMethods]].sort(),
    cachedMethods: [...ALLOWED_METHOD_LISTS[plan.cachedMethods]].sort(),
    compress: plan.compress,
    cachePolicy: policy(plan.cachePolicy) ?? 'managed:none',
    originRequestPolicy: policy(plan.originRequestPolicy),
    responseHeadersPolicy: policy(plan.responseHeadersPolicy),
    functionAssociations: plan.viewerRequestFunction ? ['viewer-request'] : [],
  });
  const origin = (plan: OriginPlan): OriginFacts =>
    plan.kind === 's3'
      ? {
          id: plan.id,
          domainName: `bucket:${plan.bucket}`,
          originPath: '',
          protocolPolicy: null,
          sslProtocols: [],
          customHeaders: [],
          originAccessControl: oacName(plan.originAccessControl),
        }
      : {
          id: plan.id,
          domainName: plan.domainName,
          originPath: plan.originPath,
          protocolPolicy: plan.protocolPolicy,
          sslProtocols: [...plan.sslProtocols].sort(),
          customHeaders:
            plan.secretHeader && deployment.originSecret !== null
              ? [
                  {
                    name: deployment.originSecret.headerName,
                    value: `secretsmanager:${deployment.originSecret.secretName}@version-input`,
                  },
                ]
              : [],
          originAccessControl: oacName(plan.originAccessControl),
        };
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
      webAclId: distribution.webAclArn,
      logging:
        distribution.logging === null
          ? null
          : {
              bucket: distribution.logging.bucketDomainName,
              includeCookies: distribution.logging.includeCookies,
            },
      origins: distribution.origins.map(origin),
      defaultBehavior: behavior(distribution.defaultBehavior),
      behaviors: distribution.additionalBehaviors.map(behavior),
    },
  });
  const fn = deployment.viewerRequestFunction;
  if (fn !== null)
    add(fn.stack, {
      kind: 'function',
      facts: { name: fn.name, runtime: fn.runtime, code: fn.code, comment: fn.comment },
    });
  for (const cache of deployment.cachePolicies) {
    add(cache.stack, {
      kind: 'cache-policy',
      facts: {
        name: cache.name,
        comment: cache.comment,
        minTtl: cache.minTtl,
        defaultTtl: cache.defaultTtl,
        maxTtl: cache.maxTtl,
        cookies: cache.cookies,
        queryStrings: cache.queryStrings,
        headers: [...cache.headers].sort(),
        gzip: cache.enableGzip,
        brotli: cache.enableBrotli,
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
    const statements = bucket.policy
      .map((statement) => ({
        effect: statement.effect,
        principal: statement.principal === '*' ? '*' : `service:${statement.principal.service}`,
        actions: [...statement.actions].sort(),
        resources: [...statement.resources].sort(),
        condition: `${statement.condition.test} ${statement.condition.variable}=${statement.condition.value === 'distribution-arn' ? 'distribution' : statement.condition.value}`,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    add(bucket.stack, { kind: 'bucket-policy', facts: { bucket: bucket.key, statements } });
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
        subjectAlternativeNames: certificate.subjectAlternativeNames,
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
  return {
    resources,
    outputs: deployment.outputs
      .filter((output) => output.stack === 'main')
      .map((output) => output.key)
      .sort(),
  };
}
