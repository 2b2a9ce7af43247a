/**
 * Splits what a person pastes as an origin endpoint (a bare DNS name, or a whole invoke URL such as
 * `https://abc123.execute-api.eu-west-1.amazonaws.com/prod/`) into the host and the path.
 * Anything it cannot read is returned as the host, unchanged, for the schema to reject with a message.
 */
export function splitEndpoint(raw: string): { host: string; path: string } {
  const trimmed = raw.trim();
  const withoutScheme = trimmed.replace(/^https?:\/\//i, '');
  const slash = withoutScheme.indexOf('/');
  if (slash === -1) return { host: withoutScheme.toLowerCase(), path: '' };
  const host = withoutScheme.slice(0, slash).toLowerCase();
  const path = withoutScheme
    .slice(slash)
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return { host, path };
}

/** The AWS region in an execute-api or lambda-url endpoint, if the name carries one. */
export function regionOfEndpoint(host: string): string | undefined {
  return /\.(?:execute-api|lambda-url)\.([a-z]{2}(?:-[a-z]+)+-\d)\./.exec(host)?.[1];
}
