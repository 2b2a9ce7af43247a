import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentFor } from '../../model';
import { synthesizeGraph, synthesizeGraphWithNag } from '../../../test/support/cdk/graph-interpreter';
import { acknowledgedInGraph } from '../../../test/support/cdk/nag-report';
import {
  checkPythonCdkNames,
  readPythonFacts,
  type PythonFileFacts,
} from '../../../test/support/cdk/jsii-names-check';
import { pythonGraphOf, type PyGraph } from '../../../test/support/cdk/python-graph';
import { readPythonGraphs } from '../../../test/support/cdk/python-graph-reader';
import { modelInventory } from '../../../test/support/inventory/model';
import { stacksByKey, writeTargetFiles } from '../../../test/support/cdk/synth';
import { cdkInventory } from '../../../test/support/inventory/cdk';
import { normaliseInventory } from '../../../test/support/inventory/inventory';
import { FIXTURES, fixture } from '../../../test/support/fixtures';
import { cdkAppFor } from '../cdk/cdk-app-for';
import { PYTHON_PACKAGE } from '../cdk/print-python';
import { cdkPythonTarget } from '.';

/**
 * Every fixture's Python app: compiled by Python, every name checked against aws-cdk-lib's jsii assembly, and read
 * back by Python's parser into the construct graph, which must be the graph the TypeScript printer printed; that
 * graph is then built and synthesized with the real aws-cdk-lib (in this process) and must deploy what the model says.
 */
const root = mkdtempSync(join(tmpdir(), 'cdk-python-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dirOf = (name: string) => join(root, name.replace(/[^A-Za-z0-9_-]/g, '_'));
const filesByFixture = new Map<string, string[]>();
let graphs = new Map<string, PyGraph>();
let facts: Record<string, PythonFileFacts> = {};

beforeAll(async () => {
  for (const { name, config } of FIXTURES) {
    const files = await writeTargetFiles(cdkPythonTarget, deploymentFor(config), dirOf(name));
    filesByFixture.set(
      name,
      files.filter((file) => file.endsWith('.py')),
    );
  }
  graphs = readPythonGraphs(FIXTURES.map(({ name }) => dirOf(name)));
  facts = readPythonFacts(FIXTURES.flatMap(({ name }) => pythonFiles(name)));
});

const pythonFiles = (name: string): string[] => filesByFixture.get(name) ?? [];

it('every generated app compiles (one py_compile over all fixtures)', () => {
  execFileSync('python3', ['-m', 'py_compile', ...FIXTURES.flatMap(({ name }) => pythonFiles(name))]);
});

describe.each(FIXTURES.map((entry) => entry.name))('generated CDK Python app: %s', (name) => {
  it('uses only classes, methods and keyword arguments aws-cdk-lib has (jsii assembly)', () => {
    expect(checkPythonCdkNames(pythonFiles(name), facts)).toEqual([]);
  });

  it('reads back (Python ast) as the graph the TypeScript printer printed, in jsii spelling', () => {
    expect(graphs.get(dirOf(name))).toEqual(pythonGraphOf(cdkAppFor(deploymentFor(fixture(name)))));
  });

  it('the graph read back, built with the real aws-cdk-lib the way jsii binds Python, deploys what the model says and passes cdk-nag', () => {
    const deployment = deploymentFor(fixture(name));
    const graph = graphs.get(dirOf(name));
    if (graph === undefined) throw new Error('not read');
    const { stacks, nag } = synthesizeGraphWithNag(graph);
    // cdk-nag (AwsSolutions): nothing unacknowledged, and each acknowledgment the Python code makes is used.
    expect(nag.findings).toEqual([]);
    expect(nag.acknowledged).toEqual(acknowledgedInGraph(cdkAppFor(deployment)));
    // Stacks that read nothing from each other (a VPC origin's security group rule) synthesize in either order.
    const byId = (a: string[], b: string[]) => String(a[0]).localeCompare(String(b[0]));
    expect(
      Object.entries(stacks)
        .map(([id, stack]) => [id, stack.stackName, stack.region])
        .sort(byId),
    ).toEqual(deployment.stacks.map((stack) => [stack.id, stack.name, stack.region]).sort(byId));
    expect(normaliseInventory(cdkInventory(stacksByKey(deployment, stacks)))).toEqual(
      normaliseInventory(modelInventory(deployment)),
    );
  });
});

it('the read-back comparison and the synthesized inventory both fail on one changed value', async () => {
  const deployment = deploymentFor(fixture('seed'));
  const dir = dirOf('changed-value');
  const changed = cdkPythonTarget
    .generate(deployment)
    .map((file) => ({ ...file, contents: file.contents.replace('enable_ipv6=True', 'enable_ipv6=False') }));
  await writeTargetFiles({ ...cdkPythonTarget, generate: () => changed }, deployment, dir);
  const graph = readPythonGraphs([dir]).get(dir);
  if (graph === undefined) throw new Error('not read');
  expect(graph).not.toEqual(pythonGraphOf(cdkAppFor(deployment)));
  expect(normaliseInventory(cdkInventory(stacksByKey(deployment, synthesizeGraph(graph))))).not.toEqual(
    normaliseInventory(modelInventory(deployment)),
  );
});

describe('odd project names', () => {
  const names = FIXTURES.map((entry) => entry.name).filter((name) => name.startsWith('project-named-'));

  it('are covered by fixtures (a Python keyword, os, aws-cdk, typing)', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s: the package is fixed and no local module shadows one the app imports', (name) => {
    const files = pythonFiles(name);
    expect(files.some((file) => file.endsWith(`${PYTHON_PACKAGE}/stacks.py`))).toBe(true);
    const script = [
      'import ast, importlib.util, keyword, os, sys',
      'app_dir = sys.argv[1]',
      'sys.path.insert(0, app_dir)',
      'bad = []',
      'for path in sys.argv[2:]:',
      '    tree = ast.parse(open(path).read())',
      '    for node in ast.walk(tree):',
      '        names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module] if isinstance(node, ast.ImportFrom) else []',
      '        for module in names:',
      '            top = module.split(".")[0]',
      '            spec = importlib.util.find_spec(top)',
      `            local = spec is not None and spec.origin is not None and spec.origin.startswith(app_dir)`,
      `            if keyword.iskeyword(top) or (local and top != "${PYTHON_PACKAGE}"):`,
      '                bad.append(module)',
      'print(",".join(bad))',
    ].join('\n');
    expect(execFileSync('python3', ['-c', script, dirOf(name), ...files], { encoding: 'utf8' }).trim()).toBe(
      '',
    );
  });
});

describe('the name checker fails on wrong names (broken samples)', () => {
  const broken: [string, string, string, RegExp][] = [
    ['a misspelt keyword argument', 'enable_ipv6=', 'enable_ip_v6=', /unknown keyword argument enable_ip_v6/],
    [
      'a misspelt struct keyword',
      'viewer_protocol_policy=',
      'viewer_protocol=',
      /BehaviorOptions: unknown keyword argument viewer_protocol/,
    ],
    ['a missing required struct keyword', 'origin=app_origin,', '', /missing keyword argument origin/],
    [
      'a misspelt class',
      'cloudfront.Distribution(',
      'cloudfront.Distributon(',
      /no Distributon in aws_cdk.aws_cloudfront/,
    ],
    [
      'a misspelt static member',
      'CachePolicy.CACHING_DISABLED',
      'CachePolicy.CACHING_DISABLE',
      /has no static member CACHING_DISABLE/,
    ],
    [
      'a camelCase static method',
      'FunctionCode.from_inline',
      'FunctionCode.fromInline',
      /has no static method fromInline/,
    ],
    [
      'a misspelt instance attribute',
      'distribution.distribution_domain_name',
      'distribution.distribution_domain',
      /has no instance member distribution_domain/,
    ],
    [
      'a TypeScript-style keyword',
      'function_name=',
      'functionName=',
      /unknown keyword argument functionName/,
    ],
    [
      'a stack keyword the stack does not take',
      'stack_name=',
      'stack_title=',
      /MysiteStack: unknown keyword argument stack_title/,
    ],
  ];
  it.each(broken)('fails on %s', async (what, from, to, message) => {
    const dir = dirOf(`broken-${what}`);
    const files = cdkPythonTarget.generate(deploymentFor(fixture('seed')));
    expect(files.some((file) => file.contents.includes(from))).toBe(true);
    const written = await writeTargetFiles(
      {
        ...cdkPythonTarget,
        generate: () => files.map((file) => ({ ...file, contents: file.contents.replace(from, to) })),
      },
      deploymentFor(fixture('seed')),
      dir,
    );
    expect(checkPythonCdkNames(written.filter((file) => file.endsWith('.py'))).join('\n')).toMatch(message);
  });
});
