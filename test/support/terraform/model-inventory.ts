import type { BehaviorPlan, Deployment, OriginPlan, PolicyRef, StackKey } from '../../../src/model';
import { ALLOWED_METHOD_LISTS } from '../../../src/model';
import type {
  BehaviorFacts,
  DistributionFacts,
  Inventory,
  InventoryResource,
  OriginFacts,
  PolicyFact,
} from '../inventory/inventory';

/**
 * What the model says gets deployed, in the inventory's shape and normal form (sorted sets, references by what
 * they point at): the Terraform inventory test compares the real files with this. Target-neutral: it could move
 * to test/support/inventory/ for every target's agreement test.
 */
export function modelInventory(deployment: Deployment): Inventory {
  const at = (stack: StackKey) => {
    const plan = deployment.stacks.find((candidate) => candidate.key === stack);
    if (plan === undefined) throw new Error(`No stack ${stack}`);
    return { stack, region: plan.region };
  };
  const resources: InventoryResource[] = [
    { kind: 'distribution', ...at(deployment.distribution.stack), facts: distributionFacts(deployment) },
  ];
  const fn = deployment.viewerRequestFunction;
  if (fn !== null)
    resources.push({
      kind: 'function',
      ...at(fn.stack),
      facts: { name: fn.name, runtime: fn.runtime, code: fn.code, comment: fn.comment },
    });
  for (const policy of deployment.cachePolicies)
    resources.push({
      kind: 'cache-policy',
      ...at(policy.stack),
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
  const headers = deployment.responseHeadersPolicy;
  if (headers !== null)
    resources.push({
      kind: 'response-headers-policy',
      ...at(headers.stack),
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
  for (const control of deployment.originAccessControls)
    resources.push({
      kind: 'origin-access-control',
      ...at(control.stack),
      facts: {
        name: control.name,
        originType: control.originType,
        signingBehavior: control.signingBehavior,
        signingProtocol: control.signingProtocol,
      },
    });
  for (const bucket of deployment.buckets) {
    resources.push({
      kind: 'bucket',
      ...at(bucket.stack),
      facts: {
        key: bucket.key,
        encryption: bucket.encryption,
        blockPublicAccess: bucket.blockPublicAccess,
        objectOwnership: bucket.objectOwnership,
        retainOnDelete: bucket.retainOnDelete,
      },
    });
    resources.push({
      kind: 'bucket-policy',
      ...at(bucket.stack),
      facts: {
        bucket: bucket.key,
        statements: bucket.policy.map((statement) => ({
          effect: statement.effect,
          principal: statement.principal === '*' ? '*' : `service:${statement.principal.service}`,
          actions: [...statement.actions].sort(),
          resources: [...statement.resources].sort(),
          condition: `${statement.condition.test} ${statement.condition.variable}=${
            statement.condition.value === 'distribution-arn' ? 'distribution' : statement.condition.value
          }`,
        })),
      },
    });
  }
  for (const permission of deployment.lambdaPermissions)
    resources.push({
      kind: 'lambda-permission',
      ...at(permission.stack),
      facts: {
        action: permission.action,
        functionName: permission.functionArn,
        principal: permission.principal,
        sourceArn: 'distribution',
        functionUrlAuthType: permission.functionUrlAuthType,
        invokedViaFunctionUrl: permission.invokedViaFunctionUrl,
      },
    });
  const certificate = deployment.certificate;
  if (certificate.kind === 'created') {
    if (deployment.hostedZone === null) throw new Error('A created certificate needs the hosted zone');
    resources.push({
      kind: 'certificate',
      ...at(certificate.stack),
      facts: {
        domainName: certificate.domainName,
        subjectAlternativeNames: [...certificate.subjectAlternativeNames].sort(),
        validation: 'DNS',
        hostedZoneId: deployment.hostedZone.id,
      },
    });
  }
  for (const record of deployment.dnsRecords) {
    if (deployment.hostedZone === null) throw new Error('DNS records need the hosted zone');
    resources.push({
      kind: 'dns-record',
      ...at(record.stack),
      facts: {
        name: record.name,
        type: record.type,
        aliasTarget: 'distribution',
        hostedZoneId: deployment.hostedZone.id,
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

const policyFact = (policy: PolicyRef): PolicyFact =>
  policy.kind === 'managed' ? `managed:${policy.policy.id}` : `custom:${policy.key}`;

function behaviorFacts(deployment: Deployment, behavior: BehaviorPlan): BehaviorFacts {
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
    functionAssociations:
      behavior.viewerRequestFunction && deployment.viewerRequestFunction !== null ? ['viewer-request'] : [],
  };
}

function originFacts(deployment: Deployment, origin: OriginPlan): OriginFacts {
  const controlName = (key: string | null) =>
    key === null
      ? null
      : (deployment.originAccessControls.find((control) => control.key === key)?.name ?? null);
  if (origin.kind === 's3') {
    return {
      id: origin.id,
      domainName: `bucket:${origin.bucket}`,
      originPath: '',
      protocolPolicy: null,
      sslProtocols: [],
      customHeaders: [],
      originAccessControl: controlName(origin.originAccessControl),
    };
  }
  const secret = origin.secretHeader ? deployment.originSecret : null;
  return {
    id: origin.id,
    domainName: origin.domainName,
    originPath: origin.originPath,
    protocolPolicy: origin.protocolPolicy,
    sslProtocols: [...origin.sslProtocols].sort(),
    customHeaders:
      secret === null ? [] : [{ name: secret.headerName, value: `secretsmanager:${secret.secretName}` }],
    originAccessControl: controlName(origin.originAccessControl),
  };
}

function distributionFacts(deployment: Deployment): DistributionFacts {
  const plan = deployment.distribution;
  const certificate = deployment.certificate;
  return {
    aliases: [...plan.aliases].sort(),
    comment: plan.comment,
    priceClass: plan.priceClass,
    httpVersion: plan.httpVersion,
    ipv6: plan.ipv6,
    minimumProtocolVersion: plan.minimumTlsVersion,
    sslSupportMethod: plan.sslSupportMethod,
    certificate:
      certificate.kind === 'existing' ? `arn:${certificate.arn}` : `created:${certificate.domainName}`,
    webAclId: plan.webAclArn,
    logging:
      plan.logging === null
        ? null
        : { bucket: plan.logging.bucketDomainName, includeCookies: plan.logging.includeCookies },
    origins: plan.origins
      .map((origin) => originFacts(deployment, origin))
      .sort((a, b) => a.id.localeCompare(b.id)),
    defaultBehavior: behaviorFacts(deployment, plan.defaultBehavior),
    behaviors: plan.additionalBehaviors.map((behavior) => behaviorFacts(deployment, behavior)),
  };
}
