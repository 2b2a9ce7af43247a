import { useSyncExternalStore } from 'react';
import { previewStore, REQUEST_FLOW_TAB } from '../preview/preview-store';
import { decodeTraceInputs, encodeTraceInputs, TRACE_LINK_PARAM } from './trace-link';
import type { TraceInputs } from './trace-inputs';

/**
 * The request the Request flow traces, kept outside the panel so the share link can carry it. `inputs` is
 * undefined until the person picks or edits one (then the panel shows the page view of the current domain).
 */
export interface TraceState {
  inputs: TraceInputs | undefined;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: TraceState = { inputs: undefined };

export const traceStore = {
  get: (): TraceState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(inputs: TraceInputs | undefined): void {
    state = { inputs };
    listeners.forEach((listener) => listener());
  },
  /** A link with trace inputs opens the Request flow on them. */
  openFromLink(hash: string): void {
    const inputs = decodeTraceInputs(hash);
    if (inputs === undefined) return;
    traceStore.set(inputs);
    previewStore.setTab(REQUEST_FLOW_TAB);
  },
};

/** `&t=…` for the share link when the person traced something; '' otherwise. */
export function traceLinkSuffix(): string {
  return state.inputs === undefined ? '' : `&${TRACE_LINK_PARAM}=${encodeTraceInputs(state.inputs)}`;
}

export function useTrace(): TraceState {
  return useSyncExternalStore(traceStore.subscribe, traceStore.get, traceStore.get);
}

if (typeof window !== 'undefined') traceStore.openFromLink(window.location.hash);
