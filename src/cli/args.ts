import { parseArgs } from 'node:util';
import { DEFAULT_PERMALINK_BASE_URL } from '../config/permalink';
import { UNWANTED_TEXT_CHARACTER } from '../config/text-characters';

export const USAGE = `Usage: npm run generate -- [options]

Generates the CloudFront Django Wizard bundle (the same files as the app's zip download) for a config.

Input (one of):
  --config FILE        A config as JSON (a file the wizard saved as config.json, or public/presets/*.json);
                       "-" reads it from standard input. A regular file of at most 1 MB: a FIFO, a device
                       or a larger file is refused before it is read
  --permalink URL      A share link from the wizard (the whole URL, or its "#c=…" part)

Output (at least one):
  --out DIR            Write the bundle's files into DIR (refused if DIR is not empty, unless --force).
                       A symbolic link inside DIR is refused, never followed
  --zip FILE           Write the bundle as a zip file (refused if FILE exists, unless --force)
  --print-permalink    Print the share link that opens this config in the wizard

Other:
  --base-url URL       Where the wizard is served, for share links (default ${DEFAULT_PERMALINK_BASE_URL})
  --force              Write into a non-empty --out DIR (the bundle's files replace those of the same
                       name; other files are left alone), or over an existing --zip FILE, or despite a
                       failing (ERROR) check, which the bundle's README.md then lists at its top
  --schema             Print the JSON Schema of a config file and exit
  -h, --help           Show this help and exit

Exit status: 0 on success, 1 when the config or link is invalid or an output cannot be written, 2 on a
usage error, 3 when the config is valid but an ERROR-level check fails (nothing written without --force).
Nothing is written unless every check passes, and then all or nothing: the bundle is written to a
temporary folder (next to a new DIR, inside an existing one; the zip next to FILE) and moved into place
only once every file is written. If a move fails, the files it replaced are put back and the temporary
folder is removed.

Examples:
  npm run generate -- --config public/presets/01-apigw-http.json --out ./out
  npm run generate -- --permalink 'https://…/#c=2.…' --zip mysite.zip
  npm run generate -- --config my.json --print-permalink`;

export interface CliOptions {
  help: boolean;
  schema: boolean;
  config?: string;
  permalink?: string;
  out?: string;
  zip?: string;
  printPermalink: boolean;
  baseUrl: string;
  force: boolean;
}

/** Parses argv into options, or a usage error message. */
export function parseCliArgs(
  argv: string[],
): { ok: true; options: CliOptions } | { ok: false; error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        schema: { type: 'boolean', default: false },
        config: { type: 'string' },
        permalink: { type: 'string' },
        out: { type: 'string' },
        zip: { type: 'string' },
        'print-permalink': { type: 'boolean', default: false },
        'base-url': { type: 'string', default: DEFAULT_PERMALINK_BASE_URL },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const options: CliOptions = {
    help: values.help,
    schema: values.schema,
    config: values.config,
    permalink: values.permalink,
    out: values.out,
    zip: values.zip,
    printPermalink: values['print-permalink'],
    baseUrl: values['base-url'],
    force: values.force,
  };
  if (options.help || options.schema) return { ok: true, options };
  if ((options.config === undefined) === (options.permalink === undefined)) {
    return { ok: false, error: 'Give exactly one of --config FILE or --permalink URL.' };
  }
  if (options.out === undefined && options.zip === undefined && !options.printPermalink) {
    return { ok: false, error: 'Nothing to do: add --out DIR, --zip FILE or --print-permalink.' };
  }
  if (!/^https?:\/\/[^\s#]+$/.test(options.baseUrl) || UNWANTED_TEXT_CHARACTER.test(options.baseUrl)) {
    return {
      ok: false,
      error: `--base-url must be an http(s) URL without a fragment or control characters, got "${options.baseUrl}".`,
    };
  }
  return { ok: true, options };
}
