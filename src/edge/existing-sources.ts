import { DOCS } from '../sources/doc-links';

/** Pages the request flow on an imported setup cites beyond the shared ones (sources.ts). */
export const EXISTING_SOURCES = {
  originProtocol: DOCS.originProtocol.url,
  securityPolicy: DOCS.supportedCiphers.url,
  logging: DOCS.accessLogs.url,
  httpsToOrigin: DOCS.httpsToCustomOrigin.url,
  hsts: DOCS.djangoHstsSeconds.url,
  alternateDomainNames: DOCS.alternateDomainNames.url,
} as const;
