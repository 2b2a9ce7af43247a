import type * as Generators from '../../targets';

type GeneratorsModule = typeof Generators;
/** A promise that says whether it settled, the way React's `use` reads one without suspending once it has. */
type TrackedPromise<T> = Promise<T> & {
  status: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

let generatorsChunk: TrackedPromise<GeneratorsModule> | undefined;

/**
 * The generators are a chunk of their own, so the form is usable before they arrive; the page fetches them beside
 * the preview panel's chunk. Once they are there, `use(loadGenerators())` reads them without suspending (a
 * suspension would show a fallback, and React holds the reveal that follows back by 300 ms).
 */
export function loadGenerators(): Promise<GeneratorsModule> {
  if (generatorsChunk === undefined) {
    const chunk = import('../../targets').then(
      (module) => {
        Object.assign(chunk, { status: 'fulfilled', value: module });
        return module;
      },
      (error: unknown) => {
        Object.assign(chunk, { status: 'rejected', reason: error });
        throw error;
      },
    ) as TrackedPromise<GeneratorsModule>;
    chunk.status = 'pending';
    generatorsChunk = chunk;
  }
  return generatorsChunk;
}
