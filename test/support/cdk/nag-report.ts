/**
 * Test support: what cdk-nag's AwsSolutions pack found in a synthesized CDK app. cdk-nag 3 is a CDK validation
 * plugin: its unacknowledged findings land in `cdk.out/validation-report.json`; the acknowledged ones are
 * recorded by `nag-checks.ts` beside the app. No aws-cdk-lib here, so reading a report stays cheap.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CdkApp } from '../../../src/targets/cdk/graph';

/** A finding the pack skipped because the app acknowledged it: the rule and the resource's construct path. */
export interface AcknowledgedFinding {
  rule: string;
  path: string;
}

const ACKNOWLEDGED_FILE = 'nag-acknowledged.json';
/** The context that keeps a finding from throwing out of `app.synth()` (the report is read instead). */
export const NAG_CONTEXT = { '@aws-cdk/core:failSynthOnValidationErrors': false } as const;

/** Writes what `addNagChecks` recorded beside the app (outside cdk.out, which plugins must not change). */
export async function writeAcknowledged(appDir: string, found: AcknowledgedFinding[]): Promise<void> {
  await writeFile(path.join(appDir, ACKNOWLEDGED_FILE), JSON.stringify(found));
}

export async function readAcknowledged(appDir: string): Promise<AcknowledgedFinding[]> {
  return JSON.parse(await readFile(path.join(appDir, ACKNOWLEDGED_FILE), 'utf8')) as AcknowledgedFinding[];
}

export interface ValidationReport {
  pluginReports?: {
    pluginName: string;
    violations?: {
      ruleName: string;
      description: string;
      severity: string;
      violatingConstructs?: { constructPath?: string }[];
    }[];
  }[];
}

/** The pack's name in the validation report. */
export const NAG_PLUGIN = 'AwsSolutions';

/** Every unacknowledged AwsSolutions finding (errors and warnings): `[severity] rule at path: description`. */
export function nagFindingsOf(report: ValidationReport): string[] {
  return (report.pluginReports ?? [])
    .filter((plugin) => plugin.pluginName === NAG_PLUGIN)
    .flatMap((plugin) => plugin.violations ?? [])
    .flatMap((violation) =>
      (violation.violatingConstructs ?? [{}]).map(
        (resource) =>
          `[${violation.severity}] ${violation.ruleName} at ${resource.constructPath ?? '?'}: ${violation.description}`,
      ),
    )
    .sort();
}

/** The findings in `cdk.out/validation-report.json` of a synthesized app (none when the report is absent). */
export async function readNagFindings(outdir: string): Promise<string[]> {
  const text = await readFile(path.join(outdir, 'validation-report.json'), 'utf8').catch(() => null);
  return text === null ? [] : nagFindingsOf(JSON.parse(text) as ValidationReport);
}

/**
 * What the construct graph acknowledges, as cdk-nag would record it: each rule on the L1 resource
 * (`Stack/Construct/Resource`) of the construct a `cdk.Validations.of(x).acknowledge(...)` names.
 */
export function acknowledgedInGraph(app: CdkApp): AcknowledgedFinding[] {
  const found: AcknowledgedFinding[] = [];
  app.stacks.forEach((stack) => {
    const stackId = app.entry.find((instance) => instance.stack === stack.key)?.id ?? stack.className;
    for (const statement of stack.statements) {
      if (statement.kind !== 'expression' || statement.value.kind !== 'invoke') continue;
      const { on, method, args } = statement.value;
      const target = on.kind === 'call' && on.type === 'Validations' ? on.args[0] : undefined;
      if (method !== 'acknowledge' || target?.kind !== 'ref') continue;
      const construct = stack.statements.find(
        (candidate) => candidate.kind === 'construct' && candidate.name === target.name,
      );
      if (construct?.kind !== 'construct') throw new Error(`${target.name} is not a construct of the stack`);
      for (const arg of args) {
        const id = arg.kind === 'struct' ? arg.props.find((entry) => entry.name === 'id')?.value : undefined;
        if (id?.kind !== 'string') throw new Error('an acknowledgment without a rule id');
        found.push({ rule: id.value, path: `${stackId}/${construct.id}/Resource` });
      }
    }
  });
  return found.sort((a, b) => `${a.rule} ${a.path}`.localeCompare(`${b.rule} ${b.path}`));
}
