import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A production build to measure, and how to clean it up afterwards. */
export interface BenchBuild {
  dir: string;
  fresh: boolean;
  remove(): void;
}

/**
 * Builds into a temporary folder (building must not swap dist/ under someone's running preview), or with
 * `reuseDist` measures the dist/ that is there.
 */
export function benchBuild(root: string, reuseDist: boolean): BenchBuild {
  if (reuseDist) {
    const dist = join(root, 'dist');
    if (!existsSync(join(dist, 'index.html')))
      throw new Error('--no-build: dist/index.html does not exist; run npx vite build first');
    return { dir: dist, fresh: false, remove: () => undefined };
  }
  const outDir = mkdtempSync(join(tmpdir(), 'cfdw-bench-dist-'));
  console.log(`\nBuilding (npx vite build --outDir ${outDir}) …`);
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
  return { dir: outDir, fresh: true, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
