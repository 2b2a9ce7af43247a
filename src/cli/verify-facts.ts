import { defaultConfig } from '../config/schema';

/** The security policy the wizard chooses when the run has no --config. */
export const CLOUDFRONT_SECURITY_POLICY_DEFAULT = defaultConfig().distribution.minimumTlsVersion;
/** The body CloudFront answers a method the behaviour does not allow with (the edge model's text). */
export const METHOD_NOT_ALLOWED_TEXT = 'not configured to allow the HTTP request method';
/** A host no one owns (RFC 2606), sent in X-Forwarded-Host and Origin to see whether it is trusted. */
export const FOREIGN_HOST = 'attacker.example';
