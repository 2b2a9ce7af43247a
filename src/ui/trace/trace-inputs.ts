import type { ViewerRequest } from '../../edge/types';
import type { WhatIfId } from './what-ifs';

/** What the request-flow panel lets a person edit: one viewer request, and a what-if to trace it under. */
export interface TraceInputs {
  method: string;
  url: string;
  /** The Cookie header as a browser sends it, e.g. "csrftoken=abc; sessionid=xyz". */
  cookies: string;
  /** The Origin header a browser adds to a form POST; '' = none. */
  origin: string;
  /** An X-Forwarded-Host the viewer injects, to see the function overwrite it; '' = none. */
  forwardedHost: string;
  /** A misconfiguration traced instead of the setup as generated; '' = the setup as generated. */
  whatIf: WhatIfId | '';
}

export const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Ready-made requests that show the interesting paths through the setup. */
export function exampleRequests(domain: string): { label: string; inputs: TraceInputs }[] {
  const base = `https://${domain}`;
  const plain = { cookies: '', origin: '', forwardedHost: '', whatIf: '' as const };
  return [
    { label: 'Page view', inputs: { method: 'GET', url: `${base}/`, ...plain } },
    {
      label: 'Logged-in form POST',
      inputs: {
        ...plain,
        method: 'POST',
        url: `${base}/accounts/profile/`,
        cookies: 'csrftoken=Xy9kLmN0pQ; sessionid=abc123',
        origin: base,
      },
    },
    {
      label: 'POST from another site',
      inputs: {
        ...plain,
        method: 'POST',
        url: `${base}/accounts/profile/`,
        cookies: 'csrftoken=Xy9kLmN0pQ; sessionid=abc123',
        origin: 'https://evil.example',
      },
    },
    {
      label: 'Spoofed X-Forwarded-Host',
      inputs: { ...plain, method: 'GET', url: `${base}/`, forwardedHost: 'evil.example' },
    },
    { label: 'Static file', inputs: { ...plain, method: 'GET', url: `${base}/static/css/site.css` } },
    { label: 'Plain HTTP', inputs: { ...plain, method: 'GET', url: `http://${domain}/` } },
  ];
}

export function viewerRequestOf(inputs: TraceInputs): ViewerRequest {
  const headers: Record<string, string> = {
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36',
    accept: 'text/html,application/xhtml+xml',
  };
  if (inputs.cookies.trim() !== '') headers.cookie = inputs.cookies.trim();
  if (inputs.origin.trim() !== '') headers.origin = inputs.origin.trim();
  if (inputs.forwardedHost.trim() !== '') headers['x-forwarded-host'] = inputs.forwardedHost.trim();
  return { method: inputs.method, url: inputs.url.trim(), headers };
}
