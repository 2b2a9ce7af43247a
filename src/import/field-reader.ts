import type { UnreadItem } from './existing-setup';

/** A value CloudFormation only knows at deploy time, as the template spells it. */
export interface Computed {
  expression: string;
  /** The template resource it refers to, when it names one (`!Ref Fn`, `!GetAtt Api.ApiEndpoint`). */
  resource?: { id: string; type: string; attribute?: string };
}

/** Turns a CloudFormation intrinsic into a value where the template allows it, else says how it is computed. */
export type IntrinsicResolver = (value: Record<string, unknown>) => { value: unknown } | Computed;

export interface ReadContext {
  unread: UnreadItem[];
  /** Set for CloudFormation templates: values may be intrinsic functions. */
  resolve?: IntrinsicResolver;
}

/** More items than this in one list are not read (CloudFront's own quotas are far lower); the rest is listed. */
export const MAX_LIST_ITEMS = 100;
const SHOWN_CHARS = 120;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A short, one-line rendering of any value for the list of what was not read. */
export function shortValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'));
}

const typeName = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : isRecord(value)
        ? 'an object'
        : `a ${typeof value}`;

/** Off, empty or zero-item settings, as an export lists for every feature not in use: nothing to lose there. */
export function isUnsetValue(value: unknown, key = ''): boolean {
  if (value === false || value === '' || value === null) return true;
  if (key === 'RestrictionType' && value === 'none') return true;
  if (key === 'Quantity' && value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (!isRecord(value)) return DEFAULT_VALUES[key] !== undefined && DEFAULT_VALUES[key] === value;
  return Object.entries(value).every(([name, item]) => isUnsetValue(item, name));
}

/** CloudFront's defaults, which an export lists for every origin and behaviour: the same as leaving them out. */
const DEFAULT_VALUES: Record<string, unknown> = {
  HTTPPort: 80,
  HTTPSPort: 443,
  OriginReadTimeout: 30,
  OriginKeepaliveTimeout: 5,
  ConnectionAttempts: 3,
  ConnectionTimeout: 10,
  Compress: true,
};

/**
 * Reads the fields of one object of the input, by any of their spellings (the API and CloudFormation name a few
 * differently), and remembers which it used: `finish()` lists every other field as not read, so nothing in the
 * input is silently dropped. A value of the wrong type is listed with what was expected, never thrown.
 */
export class FieldReader {
  private readonly used = new Set<string>();

  constructor(
    readonly value: Record<string, unknown>,
    readonly path: string,
    readonly context: ReadContext,
    /** Why a field this reader knows is still not used (e.g. "geo restriction is not modelled"). */
    private readonly knownButUnused: Record<string, string> = {},
  ) {}

  private keyOf(names: string | string[]): string | undefined {
    for (const name of Array.isArray(names) ? names : [names]) {
      if (Object.hasOwn(this.value, name)) return name;
    }
    return undefined;
  }

  pathOf(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  /** The raw value, marked as used; intrinsics resolved where the template allows. */
  raw(names: string | string[]): unknown {
    const key = this.keyOf(names);
    if (key === undefined) return undefined;
    this.used.add(key);
    return this.value[key];
  }

  /** A value that may be computed by CloudFormation: the value, or how it is computed. */
  resolved(
    names: string | string[],
  ): { key: string; value: unknown } | { key: string; computed: Computed } | undefined {
    const key = this.keyOf(names);
    if (key === undefined) return undefined;
    this.used.add(key);
    const value = this.value[key];
    if (isIntrinsic(value) && this.context.resolve !== undefined) {
      const result = this.context.resolve(value);
      return 'expression' in result ? { key, computed: result } : { key, value: result.value };
    }
    return { key, value };
  }

  wrongType(key: string, value: unknown, expected: string): void {
    this.context.unread.push({
      path: this.pathOf(key),
      value: shortValue(value),
      why: `expected ${expected}, found ${typeName(value)}: not read`,
    });
  }

  /** Text, or a computed value's expression recorded as not read (returns undefined then). */
  string(names: string | string[]): string | undefined {
    const found = this.resolved(names);
    if (found === undefined) return undefined;
    if ('computed' in found) {
      this.context.unread.push({
        path: this.pathOf(found.key),
        value: found.computed.expression,
        why: 'computed by CloudFormation at deploy time: not known from the template',
      });
      return undefined;
    }
    if (typeof found.value === 'string') return found.value;
    if (typeof found.value === 'number' && Number.isFinite(found.value)) return String(found.value);
    this.wrongType(found.key, found.value, 'text');
    return undefined;
  }

  boolean(names: string | string[]): boolean | undefined {
    const found = this.resolved(names);
    if (found === undefined || 'computed' in found) return undefined;
    if (typeof found.value === 'boolean') return found.value;
    // CloudFormation accepts "true"/"false" strings for booleans.
    if (found.value === 'true' || found.value === 'false') return found.value === 'true';
    this.wrongType(found.key, found.value, 'true or false');
    return undefined;
  }

  number(names: string | string[]): number | undefined {
    const found = this.resolved(names);
    if (found === undefined || 'computed' in found) return undefined;
    const value =
      typeof found.value === 'string' && /^\d+$/.test(found.value) ? Number(found.value) : found.value;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
    this.wrongType(found.key, found.value, 'a number of 0 or more');
    return undefined;
  }

  object(names: string | string[]): FieldReader | undefined {
    const key = this.keyOf(names);
    if (key === undefined) return undefined;
    const value = this.raw(key);
    if (isRecord(value)) return new FieldReader(value, this.pathOf(key), this.context, this.knownButUnused);
    this.wrongType(key, value, 'an object');
    return undefined;
  }

  /** A list: CloudFormation's plain array or the API's `{ Quantity, Items }`; at most MAX_LIST_ITEMS read. */
  list(names: string | string[]): { path: string; value: unknown }[] {
    const key = this.keyOf(names);
    if (key === undefined) return [];
    let value = this.raw(key);
    let path = this.pathOf(key);
    if (isRecord(value) && ('Items' in value || 'Quantity' in value)) {
      const wrapper = new FieldReader(value, path, this.context, this.knownButUnused);
      wrapper.raw('Quantity');
      value = wrapper.raw('Items') ?? [];
      wrapper.finish();
      path = `${path}.Items`;
    }
    if (!Array.isArray(value)) {
      this.wrongType(key, value, 'a list');
      return [];
    }
    if (value.length > MAX_LIST_ITEMS) {
      this.context.unread.push({
        path: `${path}[${MAX_LIST_ITEMS}…${value.length - 1}]`,
        value: `${value.length - MAX_LIST_ITEMS} more items`,
        why: `more than ${MAX_LIST_ITEMS} items (far beyond CloudFront's quotas): only the first ${MAX_LIST_ITEMS} were read`,
      });
    }
    return value.slice(0, MAX_LIST_ITEMS).map((item, index) => ({ path: `${path}[${index}]`, value: item }));
  }

  objects(names: string | string[]): FieldReader[] {
    return this.list(names).flatMap(({ path, value }) => {
      if (isRecord(value)) return [new FieldReader(value, path, this.context, this.knownButUnused)];
      this.context.unread.push({
        path,
        value: shortValue(value),
        why: `expected an object, found ${typeName(value)}: not read`,
      });
      return [];
    });
  }

  strings(names: string | string[]): string[] {
    return this.list(names).flatMap(({ path, value }) => {
      if (typeof value === 'string') return [value];
      if (isIntrinsic(value) && this.context.resolve !== undefined) {
        const resolved = this.context.resolve(value);
        if (!('expression' in resolved) && typeof resolved.value === 'string') return [resolved.value];
      }
      this.context.unread.push({
        path,
        value: shortValue(value),
        why: isIntrinsic(value)
          ? 'computed by CloudFormation at deploy time: not known from the template'
          : `expected text, found ${typeName(value)}: not read`,
      });
      return [];
    });
  }

  /** Lists every field not used: known ones with the reason they are left out, unknown ones as such. */
  finish(): void {
    for (const [key, value] of Object.entries(this.value)) {
      if (this.used.has(key) || isUnsetValue(value, key)) continue;
      this.context.unread.push({
        path: this.pathOf(key),
        value: shortValue(value),
        why:
          this.knownButUnused[key] ??
          'not a setting this reader knows (a newer CloudFront field, or a typo?): left out',
      });
    }
  }
}
