import type { DistributionPlan } from '../../model/legacy-plan';

/** 'my-site' → 'MySite': project names are validated as lower-case letters, digits and hyphens. */
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

/** Class, file and stack names of the generated app, all derived from the project name. */
export interface CdkAppNames {
  stackClass: string;
  stackId: string;
  /** Module path without extension, relative to the app root, e.g. `lib/mysite-stack`. */
  stackModule: string;
  lambdaPermissionStackClass: string;
  lambdaPermissionStackId: string;
}

export function cdkAppNames(plan: DistributionPlan): CdkAppNames {
  const base = pascalCase(plan.projectName);
  return {
    stackClass: `${base}Stack`,
    stackId: `${base}Stack`,
    stackModule: `lib/${plan.projectName}-stack`,
    lambdaPermissionStackClass: `${base}LambdaPermissionStack`,
    lambdaPermissionStackId: `${base}LambdaPermissionStack`,
  };
}

/** Construct ids for one record per domain name, unique even if two names differ only in punctuation. */
export function recordIds(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = pascalCase(name);
    let id = base;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${base}${suffix}`;
    used.add(id);
    return id;
  });
}
