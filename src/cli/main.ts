import { runImportCli } from './import-distribution';
import { readBounded } from './read-input';
import { runCli, type CliIo } from './run';

// `npm run generate -- …` (tsx src/cli/main.ts): see `--help`. An existing setup to fix goes its own way.
const argv = process.argv.slice(2);
const io: CliIo = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  readStdin: (maxBytes) => readBounded(0, maxBytes),
};
const fromDistribution = argv.some(
  (arg) => arg === '--from-distribution' || arg.startsWith('--from-distribution='),
);
process.exitCode = fromDistribution ? runImportCli(argv, io) : runCli(argv, io);
