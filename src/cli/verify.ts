import { runVerify } from './verify-run';

// `npm run verify -- --url https://www.example.com …` (tsx src/cli/verify.ts): see --help.
void runVerify(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
