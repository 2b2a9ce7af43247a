import { useSyncExternalStore } from 'react';
import type { Config } from '../../config/schema';
import type { ConfigWarning } from '../../knowledge/types';
import { errorFindings, findingsFor } from '../state/findings';

export type GuardedAction = 'download' | 'copy';

export interface PendingConfirmation {
  action: GuardedAction;
  findings: ConfigWarning[];
}

type Listener = () => void;
const listeners = new Set<Listener>();
let pending: (PendingConfirmation & { resolve: (go: boolean) => void }) | undefined;

function set(next: typeof pending): void {
  pending = next;
  listeners.forEach((listener) => listener());
}

/**
 * Before a download or a copied link: when the Checks mark something as an ERROR (the setup would not work as
 * deployed), ask first and name each one. Resolves true to go on.
 */
export function confirmFindings(config: Config, action: GuardedAction): Promise<boolean> {
  const errors = errorFindings(findingsFor(config));
  if (errors.length === 0) return Promise.resolve(true);
  pending?.resolve(false);
  return new Promise((resolve) => set({ action, findings: errors, resolve }));
}

export function answerConfirmation(go: boolean): void {
  const current = pending;
  set(undefined);
  current?.resolve(go);
}

const get = (): PendingConfirmation | undefined => pending;

export function usePendingConfirmation(): PendingConfirmation | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get,
    get,
  );
}
