import { readFileSync } from 'node:fs';
import { runImportCli } from './import-distribution';
import { runCli } from './run';

// `npm run generate -- …` (tsx src/cli/main.ts): see `--help`. An existing setup to fix goes its own way.
const argv = process.argv.slice(2);
const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  readStdin: () => readFileSync(0, 'utf8'),
};
const fromDistribution = argv.some(
  (arg) => arg === '--from-distribution' || arg.startsWith('--from-distribution='),
);
process.exitCode = fromDistribution ? runImportCli(argv, io) : runCli(argv, io);
