// Test support: runs several generated CDK apps in ONE Node process (aws-cdk-lib loads once), as `cdk synth`
// would run each: CDK_OUTDIR and CDK_CONTEXT_JSON (cdk.json's context) set, then bin/app.ts executed.
// Started with tsx; arguments are app directories. With CDK_NAG_CHECKS=1 every app is also checked by cdk-nag's
// AwsSolutions pack (nag-checks.ts): findings in cdk.out/validation-report.json, acknowledged ones beside the app.
// Prints one JSON line: { [appDir]: null | "error message" }.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App } from 'aws-cdk-lib';
import { addNagChecks } from './nag-checks.ts';
import { NAG_CONTEXT, writeAcknowledged } from './nag-report.ts';

const nag = process.env.CDK_NAG_CHECKS === '1';
let acknowledged = null;
if (nag) {
  // The generated bin/app.ts makes and synthesizes its own App: the pack is registered just before that synth.
  const synth = App.prototype.synth;
  App.prototype.synth = function synthWithNag(options) {
    acknowledged = addNagChecks(this);
    return synth.call(this, options);
  };
}

// Each App registers a synth on exit (autoSynth, because CDK_OUTDIR is set); bin/app.ts already calls
// app.synth(), so those listeners are dropped after each app instead of piling up (and re-throwing at exit).
const results = {};
for (const appDir of process.argv.slice(2)) {
  process.env.CDK_OUTDIR = path.join(appDir, 'cdk.out');
  const cdkJson = JSON.parse(readFileSync(path.join(appDir, 'cdk.json'), 'utf8'));
  // Findings are read from each app's report instead of failing that app's synth.
  const context = { ...(cdkJson.context ?? {}), ...(nag ? NAG_CONTEXT : {}) };
  process.env.CDK_CONTEXT_JSON = JSON.stringify(context);
  try {
    await import(pathToFileURL(path.join(appDir, 'bin', 'app.ts')).href);
    if (acknowledged !== null) await writeAcknowledged(appDir, acknowledged());
    results[appDir] = null;
  } catch (error) {
    results[appDir] = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  }
  acknowledged = null;
  process.removeAllListeners('beforeExit');
}
process.stdout.write(`${JSON.stringify(results)}\n`);
