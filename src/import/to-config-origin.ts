import { customHeaderProblem } from '../config/aws-limits';
import { ORIGINS, type OriginType } from '../config/origins';
import type { Config, ConfigInput } from '../config/schema';
import type { ExistingBehaviour, ExistingSetup } from './existing-setup';
import { forwardsViewerHost, viewerRequestFunction } from './selections';
import { appOriginOf, type MappingLog } from './mapping-log';

function hostStrategyFor(
  type: OriginType,
  behaviour: ExistingBehaviour,
  log: MappingLog,
): Config['origin']['hostStrategy'] {
  const descriptor = ORIGINS[type];
  const forwardsHost = forwardsViewerHost(behaviour);
  const fn = viewerRequestFunction(behaviour);
  if (forwardsHost && descriptor.foreignHost === null && fn === undefined) {
    log.take('origin.hostStrategy', 'forward-host', 'DefaultCacheBehavior (the viewer’s Host is forwarded)');
    return 'forward-host';
  }
  if (forwardsHost && descriptor.foreignHost !== null) {
    log.adjust(
      'origin.hostStrategy',
      'the viewer’s Host is forwarded to the origin',
      'AllViewerExceptHostHeader and a function that copies Host into X-Forwarded-Host',
      `the origin (${descriptor.label}) answers ${descriptor.foreignHost.response.status} to any Host but its own`,
    );
  } else if (fn === undefined) {
    log.adjust(
      'origin.hostStrategy',
      'no viewer-request function sets X-Forwarded-Host',
      'the generated function copies Host into X-Forwarded-Host',
      'Django needs the name the viewer used, and the origin receives its own name in Host',
    );
  } else {
    log.adjust(
      'origin.hostStrategy',
      `the viewer-request function ${fn.name}`,
      'the generated function, which overwrites any X-Forwarded-Host the viewer sent',
      'the wizard replaces your function with its own, tested one',
    );
  }
  return 'x-forwarded-host-function';
}

export function mapOrigin(setup: ExistingSetup, input: ConfigInput, log: MappingLog): void {
  const origin = appOriginOf(setup);
  const behaviour = setup.distribution.defaultBehaviour;
  if (origin.kind === 's3') {
    log.leave(
      `Origins ${origin.id}`,
      origin.domainName,
      'the default behaviour goes to an S3 bucket: the wizard needs the origin Django runs behind; enter it',
    );
    return;
  }
  if (origin.kind === 'vpc')
    log.leave(
      `Origins ${origin.id}`,
      origin.domainName,
      'a VPC origin: the wizard does not build VPC origins yet; taken as a public load balancer',
    );
  const type: OriginType = origin.originType ?? (origin.kind === 'vpc' ? 'alb' : 'custom-https');
  const descriptor = ORIGINS[type];
  // The origin's input type is the preprocessed one (unknown): build it as a plain record.
  const result: Record<string, string> = { type };
  log.take('origin.type', type, `Origins ${origin.id}: ${origin.originTypeReason}`);
  if (origin.domainName !== '' && descriptor.endpoint.pattern.test(origin.domainName)) {
    result.endpoint = origin.domainName;
    log.take('origin.endpoint', origin.domainName, `Origins ${origin.id}.DomainName`);
  } else {
    result.endpoint = descriptor.endpoint.example;
    log.leave(
      `Origins ${origin.id}.DomainName`,
      origin.domainExpression ?? origin.domainName,
      origin.domainExpression !== null
        ? 'computed by CloudFormation at deploy time: enter the origin endpoint in the wizard (the example one is a placeholder)'
        : `${descriptor.endpoint.message}: enter it in the wizard`,
    );
  }
  if (origin.originPath !== '') {
    if (descriptor.originPath.rule === 'forbidden')
      log.adjust('origin.path', origin.originPath, '(none)', descriptor.originPath.message);
    else {
      result.path = origin.originPath;
      log.take('origin.path', origin.originPath, `Origins ${origin.id}.OriginPath`);
    }
  }
  result.hostStrategy = hostStrategyFor(type, behaviour, log);
  if (origin.protocolPolicy !== null && origin.protocolPolicy !== 'https-only')
    log.adjust(
      'origin (protocol)',
      origin.protocolPolicy,
      'https-only',
      origin.protocolPolicy === 'http-only'
        ? 'over HTTP the origin and Django cannot tell the request was HTTPS, and the hop is unencrypted'
        : 'match-viewer sends plain HTTP to the origin whenever the viewer used it',
    );
  const headers = origin.customHeaders.map((header) => header.name);
  let secretHeader = false;
  if (headers.length > 0) {
    const name = headers.find((header) => customHeaderProblem(header) === null);
    if (name !== undefined) {
      input.originProtection = { secretHeader: true, headerName: name };
      secretHeader = true;
      log.take(
        'originProtection.headerName',
        name,
        `Origins ${origin.id} custom header (its value is never read)`,
      );
    }
    for (const other of headers.filter((header) => header !== name))
      log.leave(
        `Origins ${origin.id} custom header`,
        other,
        'the wizard sends one secret origin header: add the others yourself',
      );
  }
  if (type === 'lambda-url' && origin.originAccessControl !== null) {
    result.lambdaUrlAuth = 'none-with-secret-header';
    if (!secretHeader) input.originProtection = { secretHeader: true };
    log.adjust(
      'origin.lambdaUrlAuth',
      'origin access control (SigV4)',
      'auth type NONE with a secret origin header',
      'with origin access control every POST or PUT body needs an x-amz-content-sha256 header that browser forms never send: Django forms get 403',
    );
  } else if (origin.originAccessControl !== null) {
    log.leave(
      `Origins ${origin.id}.OriginAccessControlId`,
      origin.originAccessControl,
      `origin access control for a ${descriptor.label} is not something the wizard sets`,
    );
  }
  input.origin = result as ConfigInput['origin'];
}
