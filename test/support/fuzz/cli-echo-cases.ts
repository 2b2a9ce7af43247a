import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runImportCli } from '../../../src/cli/import-distribution';
import { UNWANTED_TEXT_CHARACTER } from '../../../src/config/text-characters';
import { distributionExport } from '../diagnose/exports';
import { PRESET_CONFIG, inTemporaryFolder, runInProcess as run } from './cli-harness';
import { anyText, HOSTILE_CHARACTERS } from './text';

/** Hostile text wherever the CLI reads it (and may echo it): nothing of it may reach the terminal raw. */

/** Every line the CLI writes to stderr starts like this: nothing in the input can start a line of its own. */
const OWN_LINE = /^(?:error: |note: |Wrote | {2}\S|Run with --help)/;

/** Hostile text, with a terminal escape or a line break in it at least. */
const hostileText = fc
  .tuple(anyText, fc.constantFrom(...HOSTILE_CHARACTERS, '\u001b[2J', '\nWrote 28 files to out.\n'), fc.nat())
  .map(([text, hostile, at]) => {
    const characters = [...text];
    characters.splice(at % (characters.length + 1), 0, hostile);
    return characters.join('');
  });

export const cliEchoCase = fc.record({
  place: fc.constantFrom(
    'config content',
    'config path',
    'permalink',
    'base url',
    'option name',
    'file name in --out',
    'an exported distribution (--from-distribution)',
  ),
  text: hostileText,
});

/** Runs the CLI with the hostile text in one place; a problem if its output carries anything raw. */
export function runCliEcho({ place, text }: { place: string; text: string }): string | undefined {
  return inTemporaryFolder((dir) => {
    writeFileSync(join(dir, 'config.json'), PRESET_CONFIG);
    let args: string[];
    if (place === 'config content') {
      writeFileSync(join(dir, 'evil.json'), `{"projectName": ${text}`);
      args = ['--config', 'evil.json', '--print-permalink'];
    } else if (place === 'config path') args = ['--config', text, '--print-permalink'];
    else if (place === 'permalink') args = ['--permalink', `#c=2.${text}`, '--print-permalink'];
    else if (place === 'base url')
      args = ['--config', 'config.json', '--print-permalink', '--base-url', `https://x.example/${text}`];
    else if (place === 'option name') args = ['--config', 'config.json', `--${text}`];
    else if (place.startsWith('an exported')) {
      const exported = distributionExport({ domainName: text, aliases: [text, 'www.example.com'] }) as {
        DistributionConfig: Record<string, unknown>;
      };
      exported.DistributionConfig.Comment = text;
      writeFileSync(join(dir, 'dist.json'), JSON.stringify(exported));
      const printed = { text: '' };
      runImportCli(['--from-distribution', 'dist.json', '--findings-only'], {
        cwd: dir,
        stdout: (chunk) => void (printed.text += chunk),
        stderr: (chunk) => void (printed.text += chunk),
        readStdin: () => '',
      });
      if (!printed.text.includes('Distribution') && !/^error: dist\.json: /.test(printed.text))
        return `${place}: neither a report nor a clear refusal: ${printed.text}`;
      return UNWANTED_TEXT_CHARACTER.test(printed.text.replace(/\n/g, ''))
        ? `${place}: raw control or invisible character printed for ${JSON.stringify(text)}`
        : undefined;
    } else {
      mkdirSync(join(dir, 'out'));
      const name = text.replace(/[/\0]/g, '_').slice(0, 100) || '_';
      try {
        writeFileSync(join(dir, 'out', name), 'x');
      } catch {
        return undefined; // a name this file system cannot hold
      }
      args = ['--config', 'config.json', '--out', 'out', '--force'];
    }
    const result = run(args, dir);
    const stderr = result.stderr.replace(/\n$/, '');
    const stdout = result.stdout.replace(/\n$/, '');
    if (UNWANTED_TEXT_CHARACTER.test(stderr.replace(/\n/g, '')) || UNWANTED_TEXT_CHARACTER.test(stdout))
      return `${place}: raw control or invisible character printed for ${JSON.stringify(text)}: ${JSON.stringify(result.stderr)}`;
    const forged = stderr.split('\n').find((line) => line !== '' && !OWN_LINE.test(line));
    if (forged !== undefined) return `${place}: a line the CLI did not write: ${JSON.stringify(forged)}`;
    if (stdout.includes('\n')) return `${place}: more than one line on stdout: ${JSON.stringify(stdout)}`;
    return undefined;
  });
}
