import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoadReport, htmlScriptRefs, staticImports } from './bench-first-load';

const dist = mkdtempSync(join(tmpdir(), 'cfdw-bench-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('first-load measurement', () => {
  it('reads entry scripts, modulepreloads and stylesheets from index.html', () => {
    const html = `<script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
      <link rel="stylesheet" crossorigin href="./assets/index-C.css">
      <link rel="icon" href="./favicon.svg"><script src="./legacy.js"></script>`;
    expect(htmlScriptRefs(html)).toEqual({
      scripts: ['assets/index-A.js'],
      preloads: ['assets/vendor-B.js'],
      styles: ['assets/index-C.css'],
    });
  });

  it('finds static imports and re-exports but not dynamic import()', () => {
    const code = `import{a as b}from"./react-X.js";import"./side-Y.js";export{c}from"./re-Z.js";const e=()=>import("./CodeEditor-Q.js");x.import("./no.js")`;
    expect(staticImports(code).sort()).toEqual(['./re-Z.js', './react-X.js', './side-Y.js']);
  });

  it('counts the entry and its static imports as first load, and everything else as lazy', () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/index.js"></script>');
    writeFileSync(
      join(dist, 'assets', 'index.js'),
      'import{r}from"./react.js";const m=()=>import("./editor.js");',
    );
    writeFileSync(join(dist, 'assets', 'react.js'), 'export const r=1;'.repeat(50));
    writeFileSync(join(dist, 'assets', 'editor.js'), 'import"./react.js";export const big="x";');
    writeFileSync(join(dist, 'assets', 'editor.worker.js'), 'self.onmessage=()=>{}');
    const report = firstLoadReport(dist);
    expect(report.firstLoad.map((chunk) => chunk.file)).toEqual(['assets/index.js', 'assets/react.js']);
    expect(report.lazy.map((chunk) => chunk.file).sort()).toEqual([
      'assets/editor.js',
      'assets/editor.worker.js',
    ]);
    const react = report.firstLoad[1];
    expect(react?.bytes).toBe(850);
    expect(react?.gzipBytes).toBeLessThan(100);
  });
});
