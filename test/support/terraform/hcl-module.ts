import { parse } from '@cdktf/hcl2json';
import type { GeneratedFile } from '../../../src/targets/types';

/**
 * A Terraform module's .tf files read with a real HCL parser (`@cdktf/hcl2json`, HashiCorp's HCL library compiled
 * to WebAssembly): blocks come back as lists of bodies and every expression as a `${...}` string. The helpers
 * here read literals (undoing HCL's `$${` and `%%{` escapes) and references, and fail loudly on anything else.
 */

export type Body = Record<string, unknown>;
type Labelled = Record<string, Record<string, Body[]>>;
type Kind = 'resource' | 'data';

export class HclModule {
  private constructor(
    private readonly blocks: Record<Kind, Labelled>,
    /** The `provider "aws"` bodies. */
    readonly providers: Body[],
    readonly locals: Body,
    /** Output names. */
    readonly outputs: string[],
    readonly files: GeneratedFile[],
  ) {}

  static async read(files: GeneratedFile[]): Promise<HclModule> {
    const blocks: Record<Kind, Labelled> = { resource: {}, data: {} };
    const providers: Body[] = [];
    const locals: Body = {};
    const outputs: string[] = [];
    for (const file of files.filter((candidate) => candidate.path.endsWith('.tf'))) {
      const json = (await parse(file.path, file.contents)) as Record<string, unknown>;
      for (const kind of ['resource', 'data'] as const) {
        for (const [type, byName] of Object.entries((json[kind] ?? {}) as Labelled)) {
          blocks[kind][type] = { ...blocks[kind][type], ...byName };
        }
      }
      providers.push(...((json.provider as Record<string, Body[]> | undefined)?.aws ?? []));
      for (const body of (json.locals ?? []) as Body[]) Object.assign(locals, body);
      outputs.push(...Object.keys((json.output ?? {}) as Body));
    }
    return new HclModule(blocks, providers, locals, outputs, files);
  }

  /** Every block of a type, by label; a label declared twice is an error Terraform would report too. */
  each(kind: Kind, type: string): { name: string; body: Body }[] {
    return Object.entries(this.blocks[kind][type] ?? {}).map(([name, bodies]) => {
      const body = bodies[0];
      if (body === undefined || bodies.length !== 1)
        throw new Error(`${type}.${name} is declared ${bodies.length} times`);
      return { name, body };
    });
  }

  body(kind: Kind, type: string, name: string): Body {
    const found = this.blocks[kind][type]?.[name]?.[0];
    if (found === undefined) throw new Error(`${kind} ${type}.${name} is not declared`);
    return found;
  }

  /** The resources of a type that point at one bucket (`bucket = aws_s3_bucket.<name>.id`). */
  settingsOf(type: string, bucket: string): Body | undefined {
    return this.each('resource', type).find(
      ({ body }) => expression(body.bucket) === `aws_s3_bucket.${bucket}.id`,
    )?.body;
  }
}

export function expression(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^\$\{(.*)\}$/s.exec(value);
  return match?.[1] !== undefined && !match[1].includes('${') ? match[1] : null;
}

/** A quoted string as Terraform reads it: hcl2json keeps the `$${` and `%%{` escapes of literal text. */
export function literal(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what}: expected a string, got ${JSON.stringify(value)}`);
  if (/(^|[^$])\$\{/.test(value) || /(^|[^%])%\{/.test(value))
    throw new Error(`${what}: expected a literal, got the template ${value}`);
  return value.replaceAll('$${', '${').replaceAll('%%{', '%{');
}

export const optionalLiteral = (value: unknown, what: string) =>
  value === undefined ? null : literal(value, what);
export const strings = (value: unknown, what: string): string[] =>
  ((value ?? []) as unknown[]).map((item, index) => literal(item, `${what}[${index}]`));
export const sorted = (values: string[]) => [...values].sort();
export const child = (body: Body, name: string): Body => ((body[name] ?? []) as Body[])[0] ?? {};
export const children = (body: Body, name: string): Body[] => (body[name] ?? []) as Body[];
export const flag = (value: unknown) => value === true;

/** The label of the `<type>.<label>.<attribute>` the value refers to (and nothing else). */
export function reference(value: unknown, type: string, attribute: string, what: string): string {
  const text = expression(value);
  const pattern = new RegExp(`^${type.replaceAll('.', '\\.')}\\.([A-Za-z0-9_-]+)\\.${attribute}$`);
  const match = text === null ? null : pattern.exec(text);
  if (match?.[1] === undefined)
    throw new Error(`${what}: expected ${type}.<name>.${attribute}, got ${String(value)}`);
  return match[1];
}

/** Reads a module's files into the target-neutral inventory. */
