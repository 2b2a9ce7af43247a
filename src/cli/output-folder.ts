import * as fs from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Writing the bundle all or nothing, and never through a link. Every file is first written into a temporary
 * folder (beside a new output folder, inside an existing one; new files only, so nothing is followed); only when
 * all are written is that folder renamed into place (a new output folder), or each file renamed over its old copy
 * (an existing one, with --force when it is not empty), the old copies kept aside until every output is in place
 * and put back if anything fails. Symbolic links inside the output folder are refused before anything is written.
 */

/** The file-system calls the writer makes (tests pass a failing one to prove a failure changes nothing). */
export interface FileOps {
  writeFile(path: string, data: string | Uint8Array): void;
  rename(from: string, to: string): void;
}

export const REAL_FILE_OPS: FileOps = {
  writeFile: (path, data) => fs.writeFileSync(path, data, { mode: 0o644, flag: 'wx' }),
  rename: (from, to) => fs.renameSync(from, to),
};

export class OutputRefused extends Error {}

export interface BundleFile {
  path: string;
  contents: string | Uint8Array;
}

const lstat = (path: string) => fs.lstatSync(path, { throwIfNoEntry: false });

/** The folder the bundle goes to: where an existing folder (or a link the user named) really is. */
export function outputRoot(outDir: string): { root: string; exists: boolean } {
  const stats = fs.statSync(outDir, { throwIfNoEntry: false });
  if (stats === undefined && lstat(outDir) !== undefined)
    throw new OutputRefused('is a broken symbolic link');
  if (stats === undefined) return { root: outDir, exists: false };
  if (!stats.isDirectory()) throw new OutputRefused(`exists and is not a folder`);
  return { root: fs.realpathSync(outDir), exists: true };
}

/** Refuses a bundle path that would pass through a link, a file where a folder is needed, or the reverse. */
export function checkBundlePaths(root: string, paths: readonly string[]): void {
  for (const path of paths) {
    const target = resolve(root, path);
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith('..') || resolve(root, inside) !== target) {
      throw new OutputRefused(`refusing to write ${path}: outside the output folder`);
    }
    const parts = inside.split(sep);
    for (let depth = 1; depth <= parts.length; depth += 1) {
      const shown = parts.slice(0, depth).join('/');
      const stats = lstat(join(root, ...parts.slice(0, depth)));
      if (stats === undefined) break;
      if (stats.isSymbolicLink()) {
        throw new OutputRefused(
          `${shown} is a symbolic link: the bundle is never written through links (remove it, or choose another folder)`,
        );
      }
      const last = depth === parts.length;
      if (!last && !stats.isDirectory())
        throw new OutputRefused(`${shown} is a file where the bundle needs a folder`);
      if (last && !stats.isFile())
        throw new OutputRefused(`${shown} is not a regular file: the bundle writes a file there`);
    }
  }
}

/** Undo steps of what has been done so far, run newest first when something fails. */
class Undo {
  private readonly steps: (() => void)[] = [];
  add(step: () => void): void {
    this.steps.push(step);
  }
  /** Runs every step once (a second call does nothing). */
  run(): void {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        step();
      } catch {
        // Keep undoing the rest: one stuck step must not stop the others.
      }
    }
  }
}

/** mkdir -p that records each folder it made, so a failure removes them again. */
function makeFolders(folder: string, undo: Undo): void {
  const made = fs.mkdirSync(folder, { recursive: true });
  if (made !== undefined) undo.add(() => fs.rmSync(made, { recursive: true, force: true }));
}

/** A new temporary folder in `folder` (same file system, so a rename moves it out), removed at the end. */
function stagingIn(folder: string, name: string, cleanup: Undo): string {
  const staging = fs.mkdtempSync(join(folder, `.${name}.partial-`));
  cleanup.add(() => fs.rmSync(staging, { recursive: true, force: true }));
  return staging;
}

/**
 * An output written aside: `commit()` moves it into place (undoing its own moves if one fails), `rollback()`
 * puts back what a commit replaced (when a later output fails), `finish()` removes what was kept aside.
 */
export interface StagedOutput {
  commit(): void;
  rollback(): void;
  finish(): void;
}

function staged(move: (undo: Undo) => void, undo: Undo, cleanup: Undo): StagedOutput {
  return {
    commit() {
      try {
        move(undo);
      } catch (error) {
        undo.run();
        cleanup.run();
        throw error;
      }
    },
    rollback() {
      undo.run();
      cleanup.run();
    },
    finish: () => cleanup.run(),
  };
}

/** Moves `from` to `to`, keeping what `to` held in `kept` until the end (and putting it back on undo). */
function replace(from: string, to: string, kept: string, ops: FileOps, undo: Undo): void {
  if (lstat(to) !== undefined) {
    fs.mkdirSync(dirname(kept), { recursive: true });
    ops.rename(to, kept);
    undo.add(() => fs.renameSync(kept, to));
  }
  ops.rename(from, to);
  undo.add(() => fs.rmSync(to, { force: true }));
}

/**
 * Writes the files into a temporary folder (beside a new output folder, inside an existing one); `commit()` then
 * renames the whole folder into place, or each file over its old copy in an existing folder.
 */
export function stageFolder(
  outDir: string,
  files: readonly BundleFile[],
  ops: FileOps = REAL_FILE_OPS,
): StagedOutput {
  const { root, exists } = outputRoot(outDir);
  const paths = files.map((file) => file.path);
  checkBundlePaths(root, paths);
  const undo = new Undo();
  const cleanup = new Undo();
  try {
    if (!exists) makeFolders(dirname(root), undo);
    const staging = stagingIn(
      exists ? root : dirname(root),
      exists ? 'cloudfront-django-wizard' : basename(root),
      cleanup,
    );
    const bundle = join(staging, 'bundle');
    for (const file of files) {
      fs.mkdirSync(dirname(join(bundle, file.path)), { recursive: true });
      ops.writeFile(join(bundle, file.path), file.contents);
    }
    const move = (steps: Undo) => {
      if (!exists) {
        ops.rename(bundle, root);
        steps.add(() => fs.rmSync(root, { recursive: true, force: true }));
        return;
      }
      checkBundlePaths(root, paths); // again, just before the renames
      for (const path of paths) {
        makeFolders(dirname(join(root, path)), steps);
        replace(join(bundle, path), join(root, path), join(staging, 'replaced', path), ops, steps);
      }
    };
    return staged(move, undo, cleanup);
  } catch (error) {
    undo.run();
    cleanup.run();
    throw error;
  }
}

/** Writes the zip into a temporary folder beside `zipPath`; `commit()` renames it over `zipPath`. */
export function stageFile(zipPath: string, bytes: Uint8Array, ops: FileOps = REAL_FILE_OPS): StagedOutput {
  const folder = fs.statSync(dirname(zipPath), { throwIfNoEntry: false });
  if (folder !== undefined && !folder.isDirectory())
    throw new OutputRefused('is inside a file, not a folder');
  const undo = new Undo();
  const cleanup = new Undo();
  try {
    makeFolders(dirname(zipPath), undo);
    const staging = stagingIn(dirname(zipPath), basename(zipPath), cleanup);
    ops.writeFile(join(staging, 'bundle.zip'), bytes);
    const move = (steps: Undo) =>
      replace(join(staging, 'bundle.zip'), zipPath, join(staging, 'replaced'), ops, steps);
    return staged(move, undo, cleanup);
  } catch (error) {
    undo.run();
    cleanup.run();
    throw error;
  }
}

/** Commits every staged output, or none: a failure rolls back those already committed, newest first. */
export function commitAll(outputs: readonly (() => StagedOutput)[]): void {
  const prepared: StagedOutput[] = [];
  try {
    for (const prepare of outputs) prepared.push(prepare());
  } catch (error) {
    for (const output of prepared.reverse()) output.rollback();
    throw error;
  }
  const committed: StagedOutput[] = [];
  try {
    for (const output of prepared) {
      output.commit();
      committed.push(output);
    }
  } catch (error) {
    for (const output of committed.reverse()) output.rollback();
    for (const output of prepared) if (!committed.includes(output)) output.rollback();
    throw error;
  }
  for (const output of prepared) output.finish();
}
