import { useSyncExternalStore } from 'react';
import type { TargetId } from '../../targets/catalogue';

/** After a download: the panel with the deploy order, for the infrastructure target chosen. */
export interface NextStepsState {
  shown: boolean;
  target: TargetId;
  /** Set by a download: the panel takes the focus once it has loaded and rendered. */
  wantsFocus: boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: NextStepsState = { shown: false, target: 'cdk-typescript', wantsFocus: false };

export const nextStepsStore = {
  get: (): NextStepsState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(next: Partial<NextStepsState>): void {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  },
};

export function useNextSteps(): NextStepsState {
  return useSyncExternalStore(nextStepsStore.subscribe, nextStepsStore.get, nextStepsStore.get);
}
