import { ConfigSchema } from '../../src/config/schema';

interface ZodLike {
  _zod: {
    def: { type: string; shape?: Record<string, ZodLike>; innerType?: ZodLike; in?: ZodLike; out?: ZodLike };
  };
}

/** Every leaf field path of a zod 4 schema, unwrapping defaults, prefaults, optionals and pipes. */
export function leafPaths(schema: ZodLike, prefix = ''): string[] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
        leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
      );
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return leafPaths(def.innerType as ZodLike, prefix);
    case 'pipe': {
      // z.preprocess(fn, object) is a pipe into the object; string.transform() is a pipe into a transform.
      const out = def.out as ZodLike;
      return out._zod.def.type === 'transform'
        ? leafPaths(def.in as ZodLike, prefix)
        : leafPaths(out, prefix);
    }
    default:
      return [prefix];
  }
}

/** The dotted path of every form field of the Config schema. */
export const CONFIG_FIELD_PATHS: string[] = leafPaths(ConfigSchema as unknown as ZodLike);
