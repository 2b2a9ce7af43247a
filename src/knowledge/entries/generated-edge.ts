import { DOCS } from '../doc-links';
import type { Explanation } from '../types';

const usesHostFunction = (config: { origin: { hostStrategy: string } }) =>
  config.origin.hostStrategy === 'x-forwarded-host-function';

/** Settings of the CloudFront distribution and function that every origin type shares. */
export const GENERATED_EDGE_EXPLANATIONS: Explanation[] = [
  {
    key: 'generated.forwardedHostFunction',
    title: 'CloudFront Function: copy Host into X-Forwarded-Host',
    body:
      'A viewer-request CloudFront Function copies the Host the viewer asked for (www.example.com) into ' +
      'X-Forwarded-Host, because the origin request policy sends the origin its own name as Host. Django reads it ' +
      'with USE_X_FORWARDED_HOST. The function always overwrites the header, never appends or keeps a value: the ' +
      'policy forwards the viewer’s own X-Forwarded-Host, so anyone could otherwise choose the host Django ' +
      'believes, and two values joined by a comma make Django reject the request as an invalid HTTP_HOST.',
    links: [DOCS.functionEventStructure, DOCS.edgeFunctionRestrictions, DOCS.djangoUseXForwardedHost],
    appliesTo: usesHostFunction,
    markers: { 'cloudfront-function': ['x-forwarded-host'] },
  },
];
