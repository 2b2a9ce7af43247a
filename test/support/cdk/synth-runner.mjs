// Test support: runs several generated CDK apps in ONE Node process (aws-cdk-lib loads once), as `cdk synth`
// would run each: CDK_OUTDIR and CDK_CONTEXT_JSON (cdk.json's context) set, then bin/app.ts executed.
// Started with tsx; arguments are app directories.
// Prints one JSON line: { [appDir]: null | "error message" }.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Each App registers a synth on exit (autoSynth, because CDK_OUTDIR is set); bin/app.ts already calls
// app.synth(), so those listeners are dropped after each app instead of piling up (and re-throwing at exit).
const results = {};
for (const appDir of process.argv.slice(2)) {
  process.env.CDK_OUTDIR = path.join(appDir, 'cdk.out');
  const cdkJson = JSON.parse(readFileSync(path.join(appDir, 'cdk.json'), 'utf8'));
  process.env.CDK_CONTEXT_JSON = JSON.stringify(cdkJson.context ?? {});
  try {
    await import(pathToFileURL(path.join(appDir, 'bin', 'app.ts')).href);
    results[appDir] = null;
  } catch (error) {
    results[appDir] = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  }
  process.removeAllListeners('beforeExit');
}
process.stdout.write(`${JSON.stringify(results)}\n`);
