import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { bundleFiles } from '../../../src/bundle';
import { jsonEqual } from '../../../src/config/config-diff';
import {
  MAX_PERMALINK_INPUT_CHARS,
  decodePermalinkToConfig,
  permalinkUrl,
} from '../../../src/config/permalink';
import { PERMALINK_FORMAT } from '../../../src/config/permalink-migrations';
import { parseConfig, type Config } from '../../../src/config/schema';
import { strictInflate } from '../../../src/config/strict-inflate';
import { UNWANTED_TEXT_CHARACTER } from '../../../src/config/text-characters';
import { validConfigArbitrary } from '../config-arbitrary';
import { cliEchoCase, runCliEcho } from './cli-echo-cases';
import { cliInputCase, runCliInput } from './cli-input-cases';
import { cliOutputCase, runCliOutput } from './cli-output-cases';
import { readCommentsDirectly, readPythonComments, readTerraformComments } from './comment-readers';
import { extremeConfig } from './extreme-config';
import { linkMutation } from './link-mutations';
import { anyText, commentText, refusedCommentText } from './text';
import { writerProblems } from './writer-round-trip';

/**
 * The fuzz suite: one property per way issue 13 found the wizard could be fooled, each run with a fixed seed and
 * a small count in the normal test run (scripts/fuzz.test.ts) and for as long as wanted with `npm run fuzz`.
 * Each property throws (with fast-check's counterexample) when it finds a case.
 */

export interface FuzzOptions {
  runs: number;
  seed: number;
}

export interface FuzzProperty {
  name: string;
  /** The numbered point of issue 13 it would have found. */
  finds: string;
  /** How many cases the normal test run tries (scaled by `npm run fuzz -- --runs N`). */
  runs: number;
  check(options: FuzzOptions): void | Promise<void>;
}

const BASE_URL = 'https://wizard.example/';
const DICTIONARY = strToU8(PERMALINK_FORMAT.dictionaries[PERMALINK_FORMAT.currentVersion] ?? '');
const anyValidConfig = fc.oneof(
  { weight: 4, arbitrary: validConfigArbitrary },
  { weight: 1, arbitrary: extremeConfig },
);

/** Fields that had no limit (or none tight enough), each with the input that makes it as long as asked. */
const OVERSIZED_FIELDS: readonly (readonly [string, (value: string) => unknown])[] = [
  ['origin.path', (value: string) => ({ origin: { type: 'apigw-rest', path: `/${value}` } })],
  ['staticFiles.pathPattern', (value: string) => ({ staticFiles: { pathPattern: `/${value}/*` } })],
  [
    'mediaFiles.pathPattern',
    (value: string) => ({ mediaFiles: { enabled: true, pathPattern: `/${value}/*` } }),
  ],
  [
    'origin.endpoint',
    (value: string) => ({
      origin: {
        type: 'lambda-url',
        endpoint: `${value.replace(/[^a-z0-9]/g, 'a')}.lambda-url.eu-west-1.on.aws`,
      },
    }),
  ],
  ['distribution.comment', (value: string) => ({ distribution: { comment: value } })],
  [
    'distribution.loggingBucket',
    (value: string) => ({ distribution: { loggingBucket: value.replace(/[^a-z0-9]/g, 'b') } }),
  ],
];

/** A config input with one field far past any limit (what made links its own decoder refused). */
const oversizedInput = fc
  .tuple(
    fc.constantFrom(...OVERSIZED_FIELDS),
    fc.integer({ min: 256, max: 120_000 }),
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
  )
  .map(([[path, input], length, unit]) => ({
    path,
    input: input(unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  }));
/** A config with a random accepted comment (non-empty, so the files carry it rather than the default one). */
const configWithComment = fc
  .tuple(
    validConfigArbitrary,
    commentText.filter((comment) => comment.trim() !== ''),
  )
  .map(([config, comment]): Config => {
    const parsed = parseConfig({ ...config, distribution: { ...config.distribution, comment } });
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.data;
  });

function expectations(failures: string[], what: string): void {
  if (failures.length > 0) throw new Error(`${what}:\n${failures.slice(0, 10).join('\n')}`);
}

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'a damaged link never opens another setup',
    finds: '13.1 (links without integrity)',
    runs: 400,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(anyValidConfig, linkMutation, (config, mutation) => {
          const link = permalinkUrl(config, BASE_URL);
          const damaged = mutation.mutate(link);
          const decoded = decodePermalinkToConfig(damaged);
          if (decoded.ok) {
            if (!jsonEqual(decoded.config, config))
              throw new Error(`"${mutation.name}" opened another setup: ${damaged}`);
          } else if (decoded.error.length < 20) throw new Error(`a vague refusal: ${decoded.error}`);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'the link decoder refuses every deflate stream zlib refuses',
    finds: '13.1 (the decoder accepted a stream zlib rejects)',
    runs: 600,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(
          anyText,
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          (text, edits, cut) => {
            const bytes = deflateSync(strToU8(text), { level: 9, dictionary: DICTIONARY });
            for (const [position, value] of edits) bytes[position % bytes.length] = value;
            const input = cut ? bytes.subarray(0, (edits[0]?.[0] ?? 0) % bytes.length) : bytes;
            let zlib: Uint8Array | undefined;
            try {
              zlib = new Uint8Array(inflateRawSync(input, { dictionary: Buffer.from(DICTIONARY) }));
            } catch {
              zlib = undefined;
            }
            const ours = strictInflate(input, DICTIONARY, 1 << 20);
            if (zlib === undefined && ours.ok)
              throw new Error(`accepted what zlib refuses: ${Buffer.from(input).toString('hex')}`);
            if (zlib !== undefined && (!ours.ok || !Buffer.from(ours.bytes).equals(Buffer.from(zlib))))
              throw new Error(`disagrees with zlib on ${Buffer.from(input).toString('hex')}`);
          },
        ),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'every valid config makes a link that opens',
    finds: '13.2 (valid configs whose links the decoder refused)',
    runs: 200,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(anyValidConfig, (config) => {
          const link = permalinkUrl(config, BASE_URL);
          if (link.length >= MAX_PERMALINK_INPUT_CHARS)
            throw new Error(`a link of ${link.length} characters`);
          const decoded = decodePermalinkToConfig(link);
          if (!decoded.ok || !jsonEqual(decoded.config, config))
            throw new Error(`does not open: ${decoded.ok ? 'another config' : decoded.error}`);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'a field far past its limit is refused at the field, or its link opens',
    finds: '13.2 (no limit on origin.path and the path patterns)',
    runs: 60,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(oversizedInput, ({ path, input }) => {
          const parsed = parseConfig(input);
          if (!parsed.success) {
            if (!parsed.error.issues.some((issue) => issue.path.join('.') === path))
              throw new Error(`refused, but not at ${path}: ${parsed.error.message}`);
            return;
          }
          const decoded = decodePermalinkToConfig(permalinkUrl(parsed.data, BASE_URL));
          if (!decoded.ok)
            throw new Error(`a valid config whose link does not open (${path}): ${decoded.error}`);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'every writer reads back any text, and writes nothing invisible',
    finds: '13.3 (YAML leading spaces, the lone surrogate in Terraform, raw invisible characters)',
    runs: 300,
    check: async ({ runs, seed }) => {
      const values = fc.sample(fc.oneof(anyText, commentText), { numRuns: runs, seed });
      expectations(await writerProblems(values), 'writers changed strings');
    },
  },
  {
    name: 'the comment refuses control, invisible and direction-changing characters at the field',
    finds: '13.3 (bidi, zero-width and control characters written raw)',
    runs: 400,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(refusedCommentText, (comment) => {
          const parsed = parseConfig({ distribution: { comment } });
          const issue = parsed.success ? undefined : parsed.error.issues[0];
          if (issue?.path.join('.') !== 'distribution.comment' || !/U\+[0-9A-F]{4}/.test(issue.message))
            throw new Error(`not refused at the field: ${JSON.stringify(comment)}`);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'every generated file carries an accepted comment verbatim, and nothing invisible',
    finds: '13.3 (comments changed on the way into the files)',
    runs: 120,
    check: async ({ runs, seed }) => {
      const configs = fc.sample(configWithComment, { numRuns: runs, seed });
      const failures: string[] = [];
      const python: string[] = [];
      const terraform: string[] = [];
      for (const config of configs) {
        const files = bundleFiles(config);
        const comment = config.distribution.comment;
        for (const file of files) {
          const text = typeof file.contents === 'string' ? file.contents : '';
          if (UNWANTED_TEXT_CHARACTER.test(text.replace(/[\n\t]/g, '')))
            failures.push(`${file.path} holds an unwanted character (comment ${JSON.stringify(comment)})`);
        }
        for (const [path, read] of Object.entries(readCommentsDirectly(files))) {
          if (read !== comment)
            failures.push(`${path}: ${JSON.stringify(read)} for ${JSON.stringify(comment)}`);
        }
        python.push(
          String(files.find((file) => file.path === 'cdk-python/cloudfront_stacks/stacks.py')?.contents),
        );
        terraform.push(String(files.find((file) => file.path === 'terraform/main.tf')?.contents));
      }
      const pythonReads = readPythonComments(python);
      const terraformReads = await readTerraformComments(terraform);
      configs.forEach((config, index) => {
        const comment = config.distribution.comment;
        if (pythonReads[index] !== comment)
          failures.push(`stacks.py: ${JSON.stringify(pythonReads[index])} for ${JSON.stringify(comment)}`);
        if (terraformReads[index] !== comment)
          failures.push(`main.tf: ${JSON.stringify(terraformReads[index])} for ${JSON.stringify(comment)}`);
      });
      expectations(failures, 'comments changed on the way into the files');
    },
  },
  {
    name: 'the CLI prints nothing a terminal would act on, and no line of the input’s making',
    finds: '13.4 (terminal escapes and forged lines)',
    runs: 150,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(cliEchoCase, (testCase) => {
          const problem = runCliEcho(testCase);
          if (problem !== undefined) throw new Error(problem);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'the CLI refuses special and oversized config files at once',
    finds: '13.5 (--config /dev/zero, a FIFO with no writer)',
    runs: 40,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(cliInputCase, (testCase) => {
          const problem = runCliInput(testCase);
          if (problem !== undefined) throw new Error(problem);
        }),
        { numRuns: runs, seed },
      ),
  },
  {
    name: 'the CLI writes the whole bundle inside --out or changes nothing',
    finds: '13.6 (links out of the folder, partial bundles)',
    runs: 60,
    check: ({ runs, seed }) =>
      fc.assert(
        fc.property(cliOutputCase, (testCase) => {
          const problem = runCliOutput(testCase);
          if (problem !== undefined) throw new Error(problem);
        }),
        { numRuns: runs, seed },
      ),
  },
];
