import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diagnoseExisting } from '../edge/diagnose-existing';
import { runInNodeVm } from '../edge/node-function-runner';
import { MAX_EXPORT_CHARS, MAX_SETTINGS_CHARS, fixedConfigFor, readExistingSetup } from '../import';
import { existingSetupReport } from './import-report';
import { readConfigFile, readStandardInput } from './read-input';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runCli, type CliIo } from './run';
import { terminalLines } from './terminal-text';

export const IMPORT_USAGE = `Usage: npm run generate -- --from-distribution FILE [--django-settings FILE] --out DIR

Reads an existing CloudFront setup, prints what is wrong with it (what each setting does to a request), then
writes the bundle of the fixed configuration.

  --from-distribution FILE  The JSON that \`aws cloudfront get-distribution-config --id ID\` prints, or a
                            CloudFormation template (YAML or JSON) with an AWS::CloudFront::Distribution;
                            "-" reads it from standard input
  --django-settings FILE    The relevant lines of your Django settings (read as text, never run)
  --out DIR / --zip FILE    Where to write the fixed bundle (as with --config; at least one, or
                            --findings-only)
  --findings-only           Print the findings and write nothing
  --force, --base-url URL, --print-permalink   As with --config

Exit status: 0 when the setup was read (whatever it found), 1 when a file cannot be read, 2 on a usage error.`;

/**
 * A file's text (or standard input's for "-"), at most `limit` characters' worth of UTF-8: only a regular file,
 * opened without blocking, so a FIFO or a device is refused rather than waited on or read forever.
 */
function readText(path: string, io: CliIo, limit: number): string {
  const read =
    path === '-'
      ? readStandardInput(io.readStdin, limit * 4)
      : readConfigFile(resolve(io.cwd, path), limit * 4);
  if (read.ok) return read.text;
  throw Object.assign(new Error(`${path === '-' ? 'standard input' : path} ${read.problem}`), {
    code: read.code,
  });
}

/** Writes lines to a stream, each escaped: the export and the settings are someone else's text. */
const write = (stream: (text: string) => void, text: string) =>
  stream(terminalLines(text.replace(/\n$/, '').split('\n')));

/** `npm run generate -- --from-distribution FILE …`: findings on stdout, then the fixed bundle through runCli. */
export function runImportCli(argv: string[], io: CliIo): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'from-distribution': { type: 'string' },
        'django-settings': { type: 'string' },
        out: { type: 'string' },
        zip: { type: 'string' },
        force: { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        'print-permalink': { type: 'boolean', default: false },
        'findings-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    write(io.stderr, `error: ${(error as Error).message}\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return EXIT_OK;
  }
  const source = values['from-distribution'];
  if (source === undefined || source === '') {
    write(io.stderr, `error: give --from-distribution FILE\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  const writes = values.out !== undefined || values.zip !== undefined || values['print-permalink'];
  if (!writes && !values['findings-only']) {
    io.stderr('error: nothing to write: add --out DIR or --zip FILE (or --findings-only)\n');
    return EXIT_USAGE;
  }
  let distributionText: string;
  let settingsText: string | undefined;
  try {
    distributionText = readText(source, io, MAX_EXPORT_CHARS);
    const settingsPath = values['django-settings'];
    settingsText = settingsPath === undefined ? undefined : readText(settingsPath, io, MAX_SETTINGS_CHARS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    write(
      io.stderr,
      `error: ${code === undefined ? (error as Error).message : `cannot read the file: ${code}`}`,
    );
    return EXIT_INVALID;
  }
  const read = readExistingSetup(distributionText, settingsText);
  if (!read.ok) {
    write(io.stderr, `error: ${source}: ${read.error} Nothing was written.`);
    return EXIT_INVALID;
  }
  let report: string;
  let mapping: ReturnType<typeof fixedConfigFor>;
  try {
    mapping = fixedConfigFor(read.setup);
    // The CLI runs the template's own function code in a separate V8 context with a time limit.
    report = existingSetupReport(read.setup, diagnoseExisting(read.setup, { runner: runInNodeVm }), mapping);
  } catch (error) {
    // A setup the reader let through but the request trace cannot follow (an alias that is no host name, say).
    write(
      io.stderr,
      `error: ${source}: this setup could not be analysed (${(error as Error).message}). Nothing was written.`,
    );
    return EXIT_INVALID;
  }
  write(io.stdout, report);
  if (!writes) return EXIT_OK;
  // The fixed config goes through the one generate path (the same checks and writing as --config).
  const forwarded = [
    '--config',
    '-',
    ...(values.out === undefined ? [] : ['--out', values.out]),
    ...(values.zip === undefined ? [] : ['--zip', values.zip]),
    ...(values.force ? ['--force'] : []),
    ...(values['base-url'] === undefined ? [] : ['--base-url', values['base-url']]),
    ...(values['print-permalink'] ? ['--print-permalink'] : []),
  ];
  return runCli(forwarded, { ...io, readStdin: () => JSON.stringify(mapping.config) });
}
