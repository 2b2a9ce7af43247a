import { spawnSync } from 'node:child_process';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { marked } from 'marked';
import ts from 'typescript';
import { decodePermalinkToConfig } from '../../../src/config/permalink';
import type { GeneratedFile } from '../../../src/targets/types';
import { readCloudFormationYaml } from '../cloudformation/yaml-tags';
import { literal } from '../terraform/hcl-module';

/**
 * The distribution comment as each generated file's own language reads it back, with an independent parser:
 * JSON.parse, the yaml package, the TypeScript compiler's parser, HashiCorp's HCL parser (@cdktf/hcl2json),
 * python3's ast module, marked for the README, and the wizard's decoder for permalink.txt. Python and HCL are read
 * in batches (one process, one parser instance) so a fuzz run stays fast.
 */

export type CommentReads = Record<string, string | undefined>;

const textOf = (file: GeneratedFile | undefined): string | undefined =>
  file === undefined ? undefined : typeof file.contents === 'string' ? file.contents : undefined;

function templateComment(template: unknown): string | undefined {
  const resources = (template as { Resources?: Record<string, { Type?: string; Properties?: unknown }> })
    .Resources;
  const distribution = Object.values(resources ?? {}).find(
    (resource) => resource.Type === 'AWS::CloudFront::Distribution',
  );
  return (distribution?.Properties as { DistributionConfig?: { Comment?: string } } | undefined)
    ?.DistributionConfig?.Comment;
}

function typescriptComment(code: string): string | undefined {
  const source = ts.createSourceFile('stacks.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const errors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (errors.length > 0) return `(syntax error: ${errors.length})`;
  let comment: string | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'cloudfront.Distribution') {
      const props = node.arguments?.[2];
      if (props !== undefined && ts.isObjectLiteralExpression(props)) {
        for (const property of props.properties) {
          if (
            ts.isPropertyAssignment(property) &&
            property.name.getText(source) === 'comment' &&
            ts.isStringLiteral(property.initializer)
          )
            comment = property.initializer.text;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return comment;
}

/** The last cell of the README's "changed settings" row for distribution.comment, as marked renders it. */
function readmeComment(markdown: string): string | undefined {
  const tokens = marked.lexer(markdown.slice(markdown.indexOf('| Setting |')));
  const table = tokens.find((token) => token.type === 'table') as
    { rows: { text: string; tokens: { type: string; text: string }[] }[][] } | undefined;
  const row = table?.rows.find((cells) => cells[0]?.text.includes('distribution.comment'));
  const cell = row?.at(-1);
  if (cell === undefined) return undefined;
  // Code spans hold the text as is (marked escapes it for HTML); escaped text is the cell's tokens' text.
  const unescapeHtml = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39|#x([0-9a-f]+));/g, (_, name: string, hex?: string) =>
      hex !== undefined
        ? String.fromCodePoint(parseInt(hex, 16))
        : (({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[name] ?? ''),
    );
  return unescapeHtml(cell.tokens.map((token) => token.text).join(''));
}

/** Reads the comment from every file that carries it, except the batched Python and HCL ones. */
export function readCommentsDirectly(files: readonly GeneratedFile[]): CommentReads {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const reads: CommentReads = {};
  const configJson = textOf(byPath.get('config.json'));
  if (configJson !== undefined)
    reads['config.json'] = (
      JSON.parse(configJson) as { distribution: { comment: string } }
    ).distribution.comment;
  const yaml = textOf(byPath.get('cloudformation/template.yaml'));
  if (yaml !== undefined)
    reads['cloudformation/template.yaml'] = templateComment(readCloudFormationYaml(yaml));
  const json = textOf(byPath.get('cloudformation/template.json'));
  if (json !== undefined) reads['cloudformation/template.json'] = templateComment(JSON.parse(json));
  const stacks = textOf(byPath.get('cdk-typescript/lib/stacks.ts'));
  if (stacks !== undefined) reads['cdk-typescript/lib/stacks.ts'] = typescriptComment(stacks);
  const readme = textOf(byPath.get('README.md'));
  if (readme !== undefined) reads['README.md'] = readmeComment(readme);
  const permalink = textOf(byPath.get('permalink.txt'));
  if (permalink !== undefined) {
    const decoded = decodePermalinkToConfig(permalink.trim());
    reads['permalink.txt'] = decoded.ok ? decoded.config.distribution.comment : `(refused: ${decoded.error})`;
  }
  return reads;
}

const PYTHON_COMMENTS = `
import ast, json, sys
out = []
for source in json.load(sys.stdin):
    found = None
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "Distribution":
            for keyword in node.keywords:
                if keyword.arg == "comment":
                    found = ast.literal_eval(keyword.value)
    out.append(found)
sys.stdout.write(json.dumps(out))
`;

/** The comment of each CDK Python stacks.py, read by python3's own parser (one process for all). */
export function readPythonComments(sources: readonly string[]): (string | undefined)[] {
  const result = spawnSync('python3', ['-c', PYTHON_COMMENTS], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`python3 could not read the stacks: ${result.stderr}`);
  return (JSON.parse(result.stdout) as (string | null)[]).map((value) => value ?? undefined);
}

/** The comment of each Terraform main.tf, read by HashiCorp's HCL parser. */
export async function readTerraformComments(sources: readonly string[]): Promise<(string | undefined)[]> {
  return Promise.all(
    sources.map(async (source, index) => {
      const parsed = (await parseHcl(`main-${index}.tf`, source)) as {
        resource?: { aws_cloudfront_distribution?: Record<string, { comment?: unknown }[]> };
      };
      const distribution = Object.values(parsed.resource?.aws_cloudfront_distribution ?? {})[0]?.[0];
      return distribution?.comment === undefined ? undefined : literal(distribution.comment, 'comment');
    }),
  );
}
