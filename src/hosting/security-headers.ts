/**
 * The one table of response headers the wizard's own page is served with. Every way of hosting it reads this
 * table: the `<meta>` policy the build writes into index.html (`vite-plugin.ts`), the `_headers` file for Netlify
 * and Cloudflare Pages, the nginx snippet, the CloudFront response headers policy (JSON for the CLI, and the CDK
 * app in this folder). Nothing here is the generated code's business: this is the wizard itself, hosted.
 */

/** One Content-Security-Policy directive, with why the page needs exactly these sources. */
export interface CspDirective {
  name: string;
  sources: readonly string[];
  why: string;
  /** A `<meta>` policy cannot carry it (the browser ignores it there and says so in the console). */
  headerOnly?: boolean;
}

/**
 * The policy: nothing is allowed unless named, scripts only from the page's own origin and never from strings
 * (no 'unsafe-eval': zod runs jitless, the Request flow runs no generated code through eval).
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy
 */
export const CSP_DIRECTIVES: readonly CspDirective[] = [
  { name: 'default-src', sources: ["'none'"], why: 'Anything not named below is refused.' },
  {
    name: 'script-src',
    sources: ["'self'"],
    why: 'The built bundle only: no inline scripts, no eval or new Function.',
  },
  {
    name: 'style-src',
    sources: ["'self'", "'unsafe-inline'"],
    why:
      'The stylesheets of the bundle, plus the <style> elements and style attributes the Monaco editor ' +
      'writes at run time: it has no nonce option, so it needs unsafe-inline ' +
      '(https://github.com/microsoft/monaco-editor/issues/271). Styles cannot run script.',
  },
  {
    name: 'img-src',
    sources: ["'self'"],
    why:
      'The favicon. No data: images: Monaco draws them only for diagnostics (squiggles), which the ' +
      'read-only previews never show. No fonts are loaded at all, so font-src stays at none.',
  },
  { name: 'connect-src', sources: ["'self'"], why: 'The example setups, fetched from presets/*.json.' },
  { name: 'worker-src', sources: ["'self'"], why: 'The Monaco editor worker, a file of the bundle.' },
  { name: 'manifest-src', sources: ["'none'"], why: 'No web app manifest.' },
  { name: 'object-src', sources: ["'none'"], why: 'No plugins.' },
  { name: 'base-uri', sources: ["'none'"], why: 'An injected <base> cannot redirect relative URLs.' },
  {
    name: 'form-action',
    sources: ["'none'"],
    why: 'No form is ever submitted anywhere: every form is handled in the page.',
  },
  {
    name: 'frame-ancestors',
    sources: ["'none'"],
    why: 'No site may frame the wizard (clickjacking).',
    headerOnly: true,
  },
];

export type CspDelivery = 'header' | 'meta';

/**
 * The policy as one header value. A `<meta>` policy leaves out what only a header can carry: HTML ignores
 * frame-ancestors there (https://html.spec.whatwg.org/multipage/semantics.html#attr-meta-http-equiv-content-security-policy).
 */
export function contentSecurityPolicy(delivery: CspDelivery): string {
  return CSP_DIRECTIVES.filter((directive) => delivery === 'header' || !directive.headerOnly)
    .map((directive) => `${directive.name} ${directive.sources.join(' ')}`)
    .join('; ');
}

/** One response header of the page, with its reason and the page that defines it. */
export interface SecurityHeader {
  name: string;
  value: string;
  why: string;
  see: string;
}

/** Two years. No includeSubDomains and no preload: other hosts under the same domain are not the wizard's to bind. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

const MDN_HEADERS = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers';

/** Every security header the page is served with, the CSP first. */
export const SECURITY_HEADERS: readonly SecurityHeader[] = [
  {
    name: 'Content-Security-Policy',
    value: contentSecurityPolicy('header'),
    why: 'Only the bundle’s own scripts run; see CSP_DIRECTIVES for each directive.',
    see: `${MDN_HEADERS}/Content-Security-Policy`,
  },
  {
    name: 'Strict-Transport-Security',
    value: `max-age=${HSTS_MAX_AGE_SECONDS}`,
    why: 'Browsers use HTTPS only for this host from the first visit on.',
    see: `${MDN_HEADERS}/Strict-Transport-Security`,
  },
  {
    name: 'X-Content-Type-Options',
    value: 'nosniff',
    why: 'A file is only run or styled as the type the server declares.',
    see: `${MDN_HEADERS}/X-Content-Type-Options`,
  },
  {
    name: 'X-Frame-Options',
    value: 'DENY',
    why: 'frame-ancestors for browsers that predate it.',
    see: `${MDN_HEADERS}/X-Frame-Options`,
  },
  {
    name: 'Referrer-Policy',
    value: 'no-referrer',
    why: 'Links out to the AWS and Django docs tell nobody which page they came from.',
    see: `${MDN_HEADERS}/Referrer-Policy`,
  },
  {
    name: 'Permissions-Policy',
    value:
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    why: 'The page uses no device feature; none may be asked for, by it or by anything injected.',
    see: `${MDN_HEADERS}/Permissions-Policy`,
  },
  {
    name: 'Cross-Origin-Opener-Policy',
    value: 'same-origin',
    why: 'A page that opened the wizard (or that it opens) gets no handle on its window.',
    see: `${MDN_HEADERS}/Cross-Origin-Opener-Policy`,
  },
];

/** Cache lifetimes by path: Vite names every file under assets/ after its content hash. */
export const HASHED_ASSETS_PREFIX = 'assets/';
export const CACHE_CONTROL = {
  /** A hashed file never changes: a year, and no revalidation. */
  hashedAsset: 'public, max-age=31536000, immutable',
  /** index.html, presets and the favicon keep their names: always revalidated, so a deploy shows at once. */
  page: 'no-cache',
} as const;
