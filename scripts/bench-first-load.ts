import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file and its size as served compressed (gzip level 6, the usual server default). */
export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstLoadReport {
  /** The entry script and every chunk it imports statically (what the browser must fetch before the app runs). */
  firstLoad: ChunkSize[];
  /** CSS the page links (render-blocking), reported apart from JavaScript. */
  css: ChunkSize[];
  /** JavaScript fetched later: dynamic imports (the Monaco editor), workers, language definitions. */
  lazy: ChunkSize[];
}

/** Entry scripts and modulepreload links of a built index.html, as paths relative to the dist folder. */
export function htmlScriptRefs(html: string): { scripts: string[]; preloads: string[]; styles: string[] } {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
  const clean = (ref: string) => posix.normalize(ref.replace(/^\.?\//, ''));
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => (/\btype\s*=\s*["']module["']/.test(tag) ? attr(tag, 'src') : undefined))
    .filter((ref): ref is string => ref !== undefined);
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => ({
    rel: attr(tag, 'rel'),
    href: attr(tag, 'href'),
  }));
  const hrefsOf = (rel: string) =>
    links.filter((link) => link.rel === rel && link.href !== undefined).map((link) => clean(link.href ?? ''));
  return { scripts: scripts.map(clean), preloads: hrefsOf('modulepreload'), styles: hrefsOf('stylesheet') };
}

/** Relative specifiers a minified ES module imports statically (`import … from`, `import "…"`, `export … from`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1] ?? '');
  found.delete('');
  return [...found];
}

function sizeOf(distDir: string, file: string): ChunkSize {
  const bytes = readFileSync(join(distDir, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length };
}

/** Reads dist/index.html and sorts every built JavaScript file into first-load and lazy. */
export function firstLoadReport(distDir: string): FirstLoadReport {
  const { scripts, preloads, styles } = htmlScriptRefs(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const eager = new Set<string>();
  const pending = [...scripts, ...preloads];
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (eager.has(file)) continue;
    eager.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const specifier of staticImports(code))
      pending.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
  }
  const allScripts = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  return {
    firstLoad: [...eager].sort().map((file) => sizeOf(distDir, file)),
    css: styles.map((file) => sizeOf(distDir, file)),
    lazy: allScripts.filter((file) => !eager.has(file)).map((file) => sizeOf(distDir, file)),
  };
}
