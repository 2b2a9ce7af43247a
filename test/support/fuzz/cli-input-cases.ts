import { symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { MAX_CONFIG_BYTES } from '../../../src/cli/read-input';
import { runCli } from '../../../src/cli/run';
import { PRESET_CONFIG, inTemporaryFolder } from './cli-harness';

/** Special files and inputs at the size limit, as --config: refused at once, or read whole when they fit. */

export const cliInputCase = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      '/dev/zero',
      '/dev/urandom',
      '/dev/null',
      'a FIFO',
      'a folder',
      'a link to /dev/zero',
    ),
  }),
  fc.record({
    kind: fc.constantFrom('a file', 'standard input'),
    size: fc.integer({ min: MAX_CONFIG_BYTES - 3, max: MAX_CONFIG_BYTES + 3 }),
  }),
);

/** Runs --config on a special or near-limit input; a problem if it waited, read too much or misjudged the size. */
export function runCliInput(testCase: { kind: string; size?: number }): string | undefined {
  return inTemporaryFolder((dir) => {
    let source = testCase.kind;
    let stdin = PRESET_CONFIG;
    if (testCase.kind === 'a FIFO') {
      source = join(dir, 'pipe.json');
      if (spawnSync('mkfifo', [source]).status !== 0) return 'mkfifo failed';
    } else if (testCase.kind === 'a folder') source = dir;
    else if (testCase.kind === 'a link to /dev/zero') {
      source = join(dir, 'zero.json');
      symlinkSync('/dev/zero', source);
    } else if (testCase.size !== undefined) {
      const text = `${' '.repeat(testCase.size - 2)}{}`;
      if (testCase.kind === 'a file') writeFileSync(join(dir, (source = 'big.json')), text);
      else [source, stdin] = ['-', text];
    }
    const started = performance.now();
    const out = { stderr: '' };
    const code = runCli(['--config', source, '--print-permalink'], {
      cwd: dir,
      stdout: () => undefined,
      stderr: (text) => void (out.stderr += text),
      readStdin: () => stdin,
    });
    if (performance.now() - started > 2_000)
      return `${testCase.kind}: took ${Math.round(performance.now() - started)} ms`;
    const fits = testCase.size !== undefined && testCase.size <= MAX_CONFIG_BYTES;
    if (fits !== (code === 0))
      return `${testCase.kind} (${testCase.size ?? '-'} bytes): exit ${code}, ${out.stderr.trim()}`;
    if (code !== 0 && !/not a regular file|too large/.test(out.stderr))
      return `${testCase.kind}: unclear refusal ${out.stderr.trim()}`;
    return undefined;
  });
}
