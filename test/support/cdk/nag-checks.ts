/**
 * Test support: registers cdk-nag's AwsSolutions pack on a CDK app and records which findings the app
 * acknowledged (`cdk.Validations.of(x).acknowledge(...)`), so a test can tell that every acknowledgment in the
 * generated code matches a real finding (cdk-nag 3 leaves acknowledged findings out of the validation report).
 */
import { Validations, type App, type CfnResource } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NagPack } from 'cdk-nag';
import type { AcknowledgedFinding } from './nag-report';

let recording: AcknowledgedFinding[] | null = null;
// cdk-nag decides a finding is acknowledged in one private method; wrapped once to see which ones (3.0.2).
const pack = NagPack.prototype as unknown as {
  isAcknowledged: (resource: CfnResource, ruleId: string) => boolean;
};
const isAcknowledged = pack.isAcknowledged;
pack.isAcknowledged = function recorded(this: NagPack, resource: CfnResource, ruleId: string): boolean {
  const acknowledged = isAcknowledged.call(this, resource, ruleId);
  if (acknowledged) recording?.push({ rule: ruleId, path: resource.node.path });
  return acknowledged;
};

/** Registers the AwsSolutions pack on `app`; returns what it skipped as acknowledged, once the app synthesized. */
export function addNagChecks(app: App): () => AcknowledgedFinding[] {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  const found: AcknowledgedFinding[] = [];
  recording = found;
  return () => {
    if (recording === found) recording = null;
    const unique = new Map(found.map((entry) => [`${entry.rule} ${entry.path}`, entry]));
    return [...unique.values()].sort((a, b) => `${a.rule} ${a.path}`.localeCompare(`${b.rule} ${b.path}`));
  };
}
