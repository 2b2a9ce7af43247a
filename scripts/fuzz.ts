import { parseArgs } from 'node:util';
import { FUZZ_PROPERTIES } from '../test/support/fuzz/properties';

/**
 * npm run fuzz -- [--runs N] [--seed S] [--only TEXT]
 * Runs the fuzz suite (test/support/fuzz/properties.ts) with N cases per property (default: 10 times the test
 * run's counts) and a random seed unless one is given; prints the seed so a failure can be replayed.
 */
const USAGE = 'usage: npm run fuzz -- [--runs N] [--seed S] [--only TEXT]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { runs: { type: 'string' }, seed: { type: 'string' }, only: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if ((runs !== undefined && !(Number.isInteger(runs) && runs > 0)) || !Number.isInteger(seed)) {
    process.stderr.write(`--runs takes a positive whole number and --seed a whole number\n${USAGE}\n`);
    return 2;
  }
  const chosen = FUZZ_PROPERTIES.filter(
    (property) => values.only === undefined || property.name.includes(values.only),
  );
  process.stdout.write(`fuzz: seed ${seed}, ${chosen.length} properties\n`);
  let failed = 0;
  for (const property of chosen) {
    const count = runs ?? property.runs * 10;
    const started = performance.now();
    try {
      await property.check({ runs: count, seed });
      process.stdout.write(
        `  ok    ${property.name} (${count} cases, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
      );
    } catch (error) {
      failed += 1;
      process.stdout.write(
        `  FAIL  ${property.name} (issue ${property.finds})\n${String((error as Error).message)}\n`,
      );
    }
  }
  process.stdout.write(
    failed === 0 ? 'fuzz: no failures\n' : `fuzz: ${failed} failed (replay with --seed ${seed})\n`,
  );
  return failed === 0 ? 0 : 1;
}

void main().then((code) => (process.exitCode = code));
