import { readBounded } from './read-input';
import { runCli } from './run';

// `npm run generate -- …` (tsx src/cli/main.ts): see `--help`.
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  readStdin: (maxBytes) => readBounded(0, maxBytes),
});
