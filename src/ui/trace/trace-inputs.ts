import type { ViewerRequest } from '../../edge/types';

/** What the request-flow panel lets a person edit: one viewer request. */
export interface TraceInputs {
  method: string;
  url: string;
  /** The Cookie header as a browser sends it, e.g. "csrftoken=abc; sessionid=xyz". */
  cookies: string;
  /** The Origin header a browser adds to a form POST; '' = none. */
  origin: string;
  /** An X-Forwarded-Host the viewer injects, to see the function overwrite it; '' = none. */
  forwardedHost: string;
}

export const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Ready-made requests that show the interesting paths through the setup. */
export function exampleRequests(domain: string): { label: string; inputs: TraceInputs }[] {
  const base = `https://${domain}`;
  return [
    {
      label: 'Page view',
      inputs: { method: 'GET', url: `${base}/`, cookies: '', origin: '', forwardedHost: '' },
    },
    {
      label: 'Logged-in form POST',
      inputs: {
        method: 'POST',
        url: `${base}/accounts/profile/`,
        cookies: 'csrftoken=Xy9kLmN0pQ; sessionid=abc123',
        origin: base,
        forwardedHost: '',
      },
    },
    {
      label: 'POST from another site',
      inputs: {
        method: 'POST',
        url: `${base}/accounts/profile/`,
        cookies: 'csrftoken=Xy9kLmN0pQ; sessionid=abc123',
        origin: 'https://evil.example',
        forwardedHost: '',
      },
    },
    {
      label: 'Spoofed X-Forwarded-Host',
      inputs: { method: 'GET', url: `${base}/`, cookies: '', origin: '', forwardedHost: 'evil.example' },
    },
    {
      label: 'Static file',
      inputs: {
        method: 'GET',
        url: `${base}/static/css/site.css`,
        cookies: '',
        origin: '',
        forwardedHost: '',
      },
    },
    {
      label: 'Plain HTTP',
      inputs: { method: 'GET', url: `http://${domain}/`, cookies: '', origin: '', forwardedHost: '' },
    },
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
