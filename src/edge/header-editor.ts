import type { HeaderChange, Headers } from './types';

/** Lower-cases header names; repeated names (case-insensitively) are joined with ", ". */
export function normaliseHeaders(input: Record<string, string> = {}): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(input)) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  }
  return out;
}

/**
 * Edits a copy of a header map and records each change with its reason and source, so a hop can show exactly
 * what it added, removed or rewrote.
 */
export class HeaderEditor {
  readonly headers: Headers;
  readonly changes: HeaderChange[] = [];

  constructor(headers: Headers) {
    this.headers = { ...headers };
  }

  get(name: string): string | undefined {
    return this.headers[name.toLowerCase()];
  }

  set(name: string, value: string, why: string, source: string): void {
    const key = name.toLowerCase();
    const before = this.headers[key];
    if (before === value) return;
    this.headers[key] = value;
    this.changes.push(
      before === undefined
        ? { header: key, change: 'added', after: value, why, source }
        : { header: key, change: 'rewritten', before, after: value, why, source },
    );
  }

  remove(name: string, why: string, source: string): void {
    const key = name.toLowerCase();
    const before = this.headers[key];
    if (before === undefined) return;
    delete this.headers[key];
    this.changes.push({ header: key, change: 'removed', before, why, source });
  }

  /** Appends to a list header (X-Forwarded-For, Via), creating it when absent. */
  append(name: string, value: string, why: string, source: string): void {
    const before = this.get(name);
    this.set(name, before === undefined ? value : `${before}, ${value}`, why, source);
  }
}

/** The changes that turn `before` into `after` (for code that rewrites a whole map, e.g. a CloudFront Function). */
export function diffHeaders(before: Headers, after: Headers, why: string, source: string): HeaderChange[] {
  const changes: HeaderChange[] = [];
  for (const [header, value] of Object.entries(after)) {
    const old = before[header];
    if (old === undefined) changes.push({ header, change: 'added', after: value, why, source });
    else if (old !== value)
      changes.push({ header, change: 'rewritten', before: old, after: value, why, source });
  }
  for (const [header, value] of Object.entries(before)) {
    if (after[header] === undefined) changes.push({ header, change: 'removed', before: value, why, source });
  }
  return changes;
}
