/** The fragment key of a share link: `#c=<version>.<payload>`. */
export const PERMALINK_PARAM = 'c';

/** The `c=` value inside a URL, a fragment or the bare value; undefined when there is none. */
export function findPermalinkValue(text: string): string | undefined {
  const trimmed = text.trim();
  const hashIndex = trimmed.indexOf('#');
  const fragment = hashIndex === -1 ? trimmed : trimmed.slice(hashIndex + 1);
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${PERMALINK_PARAM}=`)) return safeDecodeUriComponent(part.slice(2));
  }
  // A bare "<version>.<payload>" (what follows "c=") is accepted too.
  return /^\d+\.[A-Za-z0-9_-]+$/.test(fragment) ? fragment : undefined;
}

function safeDecodeUriComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
