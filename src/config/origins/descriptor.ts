import type { DocLink } from '../../sources/doc-links';

export const HOST_STRATEGIES = ['x-forwarded-host-function', 'forward-host'] as const;
export type HostStrategy = (typeof HOST_STRATEGIES)[number];

/** Ways an origin can be kept from answering anyone but CloudFront (besides not being public at all). */
export type OriginProtectionKind = 'secret-header' | 'lambda-oac';

/**
 * Everything that differs between origin types, declared once per type (one file each in this folder): the
 * schema validates with it, the model builds the distribution's origin from it, the request flow and the
 * emulator play the origin's part from it, and the form and explanations word it from it. Adding an origin type
 * is one more descriptor (plus its explanation entries).
 */
export interface OriginDescriptor {
  /** The value of `origin.type` in a config. */
  type: string;
  /** What the form's choice and every README call it, e.g. "API Gateway HTTP API". */
  label: string;
  /** One plain sentence: what it is, for someone new to AWS. */
  summary: string;
  endpoint: {
    /** What a valid endpoint (host name only) looks like. */
    pattern: RegExp;
    /** Shown at the field when the endpoint does not match. */
    message: string;
    /** A made-up endpoint of this form (fixtures, placeholders); never a real one. */
    example: string;
  };
  /** Whether the origin path (CloudFront's OriginPath) is the API stage, optional, or not allowed. */
  originPath:
    { rule: 'required'; message: string } | { rule: 'optional' } | { rule: 'forbidden'; message: string };
  /**
   * How the origin treats a Host that is not its own name: API Gateway and Lambda URLs route by Host and answer
   * with `response`; null when the origin serves whatever Host arrives (your own load balancer or server).
   */
  foreignHost: {
    response: { status: number; body: string };
    source: DocLink;
    sourceIsReport: boolean;
  } | null;
  /** The Host strategies the form offers for this origin (the first is the default). */
  hostStrategies: readonly HostStrategy[];
  /** The headers the origin sets in front of Django (facts: headers.md §3.2). */
  forwardedHeaders: {
    /** Who sets X-Forwarded-Proto, in words, for settings comments and explanations. */
    protoSetBy: string;
    /** Whether AWS (or the origin's design) makes `X-Forwarded-Proto: https` dependable here. */
    protoReliable: boolean;
    /** Why (or why not), for the SECURE_SSL_REDIRECT check. */
    protoNote: string;
    /** false: the model assumes your own proxy sets X-Forwarded-Proto (custom servers). */
    setByOrigin: boolean;
    /** Also adds an X-Amzn-Trace-Id (load balancers). */
    addsTraceId: boolean;
    source: DocLink;
  };
  /**
   * What to check about the kind of endpoint, for origins whose endpoint type matters behind CloudFront (a REST
   * API can be edge-optimized or private; only Regional fits); absent when there is nothing to choose.
   */
  endpointTypeNote?: string;
  /**
   * Whether the origin has an HTTPS endpoint only (API Gateway, function URLs): a distribution that reaches it
   * over plain HTTP gets no connection. false: it may also listen on HTTP (then its proxy says X-Forwarded-Proto: http).
   */
  httpsOnly: boolean;
  /** What happens to the origin path before Django sees the request. */
  stageInPath: 'stripped' | 'kept' | 'none';
  /** Protections beyond the secret header this origin supports. */
  protections: readonly OriginProtectionKind[];
  /** The hop's title in the request flow. */
  hopTitle: string;
  /** The AWS region the endpoint name carries, if it carries one. */
  regionOf(endpoint: string): string | undefined;
}

/** The region in an AWS endpoint such as abc.execute-api.eu-west-1.amazonaws.com or x.lambda-url.eu-west-1.on.aws. */
export function regionInAwsEndpoint(endpoint: string): string | undefined {
  return /\.(?:execute-api|lambda-url|ecs)\.([a-z]{2}(?:-[a-z]+)+-\d)\./.exec(endpoint)?.[1];
}
