import { useSyncExternalStore } from 'react';
import { TARGET_TABS, type TargetId } from '../../targets/catalogue';

export const REQUEST_FLOW_TAB = 'request-flow';

export interface PreviewState {
  /** The tab shown: a target id or the request flow. */
  tab: string;
  /** The file picked per target (until then the target's main file). */
  files: Readonly<Record<string, string>>;
  /** The last infrastructure target looked at: the one the next steps print commands for. */
  lastInfrastructure: TargetId | undefined;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: PreviewState = { tab: TARGET_TABS[0]!.id, files: {}, lastInfrastructure: undefined };

function update(next: Partial<PreviewState>): void {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

const isInfrastructure = (tab: string) =>
  TARGET_TABS.some((target) => target.id === tab && target.kind === 'infrastructure');

/** Which preview the person is looking at, shared with the next-steps panel and the share link. */
export const previewStore = {
  get: (): PreviewState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setTab(tab: string): void {
    update({ tab, ...(isInfrastructure(tab) ? { lastInfrastructure: tab as TargetId } : {}) });
  },
  setFile(target: string, path: string): void {
    update({ files: { ...state.files, [target]: path } });
  },
  /** The infrastructure target to show deploy commands for: the one on screen, else the last one seen. */
  deployTarget(): TargetId {
    if (isInfrastructure(state.tab)) return state.tab as TargetId;
    return state.lastInfrastructure ?? TARGET_TABS.find((target) => target.kind === 'infrastructure')!.id;
  },
};

export function usePreview(): PreviewState {
  return useSyncExternalStore(previewStore.subscribe, previewStore.get, previewStore.get);
}
