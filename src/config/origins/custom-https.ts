import { DOCS } from '../../sources/doc-links';
import { HOSTNAME_PATTERN } from '../patterns';
import type { OriginDescriptor } from './descriptor';

export const ANY_HTTPS_ORIGIN = {
  type: 'custom-https',
  label: 'Any HTTPS origin',
  summary:
    'Any server that answers HTTPS with a valid certificate: your own nginx or Caddy, a PaaS, or an existing App Runner service (App Runner takes no new customers since 30 April 2026).',
  endpoint: {
    pattern: HOSTNAME_PATTERN,
    message: 'The origin’s DNS name, e.g. origin.example.com',
    example: 'app.example.net',
  },
  originPath: { rule: 'optional' },
  foreignHost: null,
  hostStrategies: ['x-forwarded-host-function', 'forward-host'],
  forwardedHeaders: {
    protoSetBy:
      'the server in front of Django (nginx, Caddy, a load balancer) must set X-Forwarded-Proto from the connection it received, which is HTTPS, and never pass on a client’s value',
    protoReliable: false,
    protoNote: 'your server (nginx, gunicorn behind a proxy, …) must set X-Forwarded-Proto: https itself',
    setByOrigin: false,
    addsTraceId: false,
    source: DOCS.requestHeadersCustomOrigin,
  },
  httpsOnly: false,
  stageInPath: 'none',
  protections: [],
  hopTitle: 'HTTPS origin server',
  regionOf: () => undefined,
} as const satisfies OriginDescriptor;
