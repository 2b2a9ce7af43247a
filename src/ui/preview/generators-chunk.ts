import type * as Generators from '../../targets';

let generatorsChunk: Promise<typeof Generators> | undefined;

/**
 * The generators are a chunk of their own, so the form is usable before they arrive; the fetch starts as soon
 * as the preview panel's module loads, in parallel with the first render.
 */
export function loadGenerators(): Promise<typeof Generators> {
  generatorsChunk ??= import('../../targets');
  return generatorsChunk;
}
