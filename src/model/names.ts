/**
 * The naming rules every target shares, so one model name becomes the same thing everywhere: a CloudFormation
 * logical ID or parameter (PascalCase), a CDK variable (camelCase), a Terraform or Python name (snake_case), an
 * environment variable (UPPER_SNAKE).
 */

/** 'my-site' or 'static files' or 'StaticFiles' → 'MySite' / 'StaticFiles'. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** 'StaticFiles' → 'staticFiles'. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** 'StaticFiles' or 'static-files' → 'static_files'. */
export function snakeCase(name: string): string {
  return pascalCase(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** 'OriginVerifySecret' → 'ORIGIN_VERIFY_SECRET'. */
export function upperSnakeCase(name: string): string {
  return snakeCase(name).toUpperCase();
}

/** Unique PascalCase ids for a list of names (e.g. one per domain name), even if two differ only in punctuation. */
export function uniquePascalIds(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = pascalCase(name);
    let id = base;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${base}${suffix}`;
    used.add(id);
    return id;
  });
}
