import { describe, expect, it } from 'vitest';
import { cloudFrontRuntimeViolations, FORBIDDEN_GLOBALS, MAX_FUNCTION_BYTES } from './runtime-check';

const GOOD = `function handler(event) { return event.request; }`;

describe('cloudFrontRuntimeViolations (the checker itself)', () => {
  it('accepts a minimal handler and the cloudfront module import', () => {
    expect(cloudFrontRuntimeViolations(GOOD)).toEqual([]);
    expect(cloudFrontRuntimeViolations(`import cf from 'cloudfront';\n${GOOD}`)).toEqual([]);
  });

  it.each(FORBIDDEN_GLOBALS)('rejects code that uses %s', (name) => {
    const bad = `function handler(event) { var x = ${name}; return event.request; }`;
    expect(cloudFrontRuntimeViolations(bad)).toContain(`uses ${name}`);
  });

  it.each([
    ['require', `var fs = require('fs');\n${GOOD}`, 'uses require'],
    ['fetch call', `function handler(event) { fetch('https://x'); return event.request; }`, 'uses fetch'],
    [
      'timer',
      `function handler(event) { setTimeout(function () {}, 1); return event.request; }`,
      'uses setTimeout',
    ],
    ['eval', `function handler(event) { eval('1'); return event.request; }`, 'uses eval'],
    [
      'Function(',
      `function handler(event) { Function('return 1')(); return event.request; }`,
      'uses Function',
    ],
    ['process.env', `var e = process.env.X;\n${GOOD}`, 'uses process'],
    ['node import', `import fs from 'fs';\n${GOOD}`, "imports 'fs' (only 'cloudfront' exists)"],
    ['dynamic import', `function handler(event) { import('x'); return event.request; }`, 'dynamic import()'],
    ['class', `class A {}\n${GOOD}`, 'class (not among the ES statements the runtime supports)'],
    ['no handler', `function main(event) { return event.request; }`, 'no top-level function handler(event)'],
  ])('rejects a bad sample: %s', (_name, bad, expected) => {
    expect(cloudFrontRuntimeViolations(bad)).toContain(expected);
  });

  it('rejects a syntax error and code over 10 KB', () => {
    expect(cloudFrontRuntimeViolations('function handler(event) { return ; ]')[0]).toMatch(/^syntax error/);
    const big = `${GOOD}\n// ${'x'.repeat(MAX_FUNCTION_BYTES)}`;
    expect(cloudFrontRuntimeViolations(big)[0]).toMatch(/over the 10 KB limit/);
  });

  it('ignores property names that look like globals (request.headers.process)', () => {
    expect(
      cloudFrontRuntimeViolations(`function handler(event) { event.process = 1; return event.request; }`),
    ).toEqual([]);
  });
});
