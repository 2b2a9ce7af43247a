import { METHODS, type TraceInputs } from './trace-inputs';
import { isWhatIfId } from './what-ifs';

/**
 * The request-flow inputs in the share link, beside the config: `#c=…&t=<base64url(JSON)>`. The permalink reads
 * only its own `c=` part, so this adds a field without touching the config's encoding.
 */
export const TRACE_LINK_PARAM = 't';
/** A longer value is ignored: real inputs are a few hundred characters. */
const MAX_TRACE_PARAM_CHARS = 4_000;
const MAX_INPUT_CHARS = 1_000;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeTraceInputs(inputs: TraceInputs): string {
  const { method, url, cookies, origin, forwardedHost, whatIf } = inputs;
  return toBase64Url(JSON.stringify([method, url, cookies, origin, forwardedHost, whatIf]));
}

/** The trace inputs a link carries, or undefined when it carries none or they are not usable. */
export function decodeTraceInputs(hashOrUrl: string): TraceInputs | undefined {
  const fragment = hashOrUrl.includes('#') ? hashOrUrl.slice(hashOrUrl.indexOf('#') + 1) : hashOrUrl;
  const value = fragment
    .split('&')
    .find((part) => part.startsWith(`${TRACE_LINK_PARAM}=`))
    ?.slice(TRACE_LINK_PARAM.length + 1);
  if (value === undefined || value.length > MAX_TRACE_PARAM_CHARS) return undefined;
  const json = fromBase64Url(value);
  if (json === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 6) return undefined;
  if (!parsed.every((part) => typeof part === 'string' && part.length <= MAX_INPUT_CHARS)) return undefined;
  const [method, url, cookies, origin, forwardedHost, whatIf] = parsed as string[];
  if (!(METHODS as readonly string[]).includes(method!)) return undefined;
  if (whatIf !== '' && !isWhatIfId(whatIf)) return undefined;
  return {
    method: method!,
    url: url!,
    cookies: cookies!,
    origin: origin!,
    forwardedHost: forwardedHost!,
    whatIf,
  };
}
