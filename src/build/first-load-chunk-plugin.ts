import { resolve } from 'node:path';
import type { Plugin } from 'vite';

interface ModuleNode {
  entry: boolean;
  imports: readonly string[];
}

/** Every module `roots` import statically, the roots included. */
function reachable(graph: ReadonlyMap<string, ModuleNode>, roots: readonly string[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    pending.push(...(graph.get(next)?.imports ?? []));
  }
  return found;
}

/**
 * The page loads in two files and then what a person opens: the entry with every module it imports statically
 * (React and the form: everything before the form is usable), then, once the form has painted, one chunk with
 * what the page fetches at once (`afterPaint`: the schema, the generators, the Checks, the previews, the toolbar).
 * Rolldown would otherwise split out every module two chunks share: dozens of small files, and over HTTP/1.1 a
 * browser fetches six at a time. Whatever only `afterPaint`'s own lazy imports reach (Monaco, the request flow,
 * the importer, the zip writer) stays in chunks of its own. zod's modules are left out of the entry's group: the
 * entry only configures zod (zod-without-eval.ts), and tree-shaking keeps just that part there.
 */
export function firstLoadChunkPlugin({ afterPaint }: { afterPaint: readonly string[] }): Plugin {
  const graph = new Map<string, ModuleNode>();
  let root = process.cwd();
  let plan: { firstLoad: Set<string>; afterPaint: Set<string> } | undefined;
  const planned = () => {
    if (plan !== undefined) return plan;
    const roots = afterPaint.map((file) => resolve(root, file));
    const missing = roots.filter((file) => !graph.has(file));
    if (missing.length > 0) throw new Error(`firstLoadChunkPlugin: not in the build: ${missing.join(', ')}`);
    const firstLoad = reachable(
      graph,
      [...graph].filter(([, module]) => module.entry).map(([entry]) => entry),
    );
    const later = reachable(graph, roots);
    for (const id of firstLoad) later.delete(id);
    plan = { firstLoad, afterPaint: later };
    return plan;
  };
  return {
    name: 'wizard-first-load-chunk',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      graph.clear();
      plan = undefined;
    },
    moduleParsed(info) {
      graph.set(info.id, { entry: info.isEntry, imports: info.importedIds });
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                {
                  name: 'index',
                  priority: 2,
                  test: (id: string) => planned().firstLoad.has(id) && !id.includes('/node_modules/zod/'),
                },
                { name: 'after-paint', priority: 1, test: (id: string) => planned().afterPaint.has(id) },
              ],
            },
          },
        },
      },
    }),
  };
}
