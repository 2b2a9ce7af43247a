import { useState } from 'react';
import type { GeneratedFile } from '../../targets/types';
import { changedLines } from './line-marks';

/** The lines of `file` that changed with the last config change (kept until the next one). */
export function useChangedLines(file: GeneratedFile | undefined): number[] {
  const [seen, setSeen] = useState({ path: file?.path, contents: file?.contents, changed: [] as number[] });
  if (file !== undefined && (seen.path !== file.path || seen.contents !== file.contents)) {
    // Adjusting state while rendering is React's documented way to derive from the previous prop value.
    const changed = seen.path === file.path ? changedLines(seen.contents, file.contents) : [];
    setSeen({ path: file.path, contents: file.contents, changed });
    return changed;
  }
  return seen.changed;
}
