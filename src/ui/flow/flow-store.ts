import { useSyncExternalStore } from 'react';
import { browserStorage, startupContext } from '../share/startup-context';
import { tabStorage } from '../share/tab-session';
import { isStepId, stepOfPath, type StepId } from './steps';
import { VIEW_STORAGE_KEY } from './view-storage';

/** "guided": one step at a time (the first visit); "full": every section on one page (remembered). */
export type FormView = 'guided' | 'full';

const STEP_STORAGE_KEY = 'cfdw:step:v1';

export interface FlowState {
  view: FormView;
  step: StepId;
  /** Steps whose empty required fields are flagged (after Next, a download attempt, or everywhere). */
  revealed: ReadonlySet<StepId> | 'all';
  /** Fields the person has edited or left: their errors show even while empty. */
  touched: ReadonlySet<string>;
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

function initialState(): FlowState {
  if (typeof window === 'undefined') {
    return { view: 'guided', step: 'site', revealed: new Set(), touched: new Set() };
  }
  const view = read(browserStorage(), VIEW_STORAGE_KEY) === 'full' ? 'full' : 'guided';
  const savedStep = read(tabStorage(), STEP_STORAGE_KEY);
  // A shared link brings a whole setup: the person reviews it first.
  const step: StepId = startupContext.link?.ok === true ? 'review' : isStepId(savedStep) ? savedStep : 'site';
  return { view, step, revealed: startupContext.link === undefined ? new Set() : 'all', touched: new Set() };
}

type Listener = () => void;
// Made on first use: the page reads how it was opened (startup-context.ts) before it renders.
let initialized: FlowState | undefined;
const current = (): FlowState => (initialized ??= initialState());
const listeners = new Set<Listener>();

function update(next: Partial<FlowState>): void {
  initialized = { ...current(), ...next };
  listeners.forEach((listener) => listener());
}

/** Focuses the element with `id` once React has rendered it (a step change renders it a frame later). */
export function focusWhenRendered(id: string, options: { scroll?: ScrollLogicalPosition } = {}): void {
  let frames = 0;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element === null) {
      if (frames++ < 60) requestAnimationFrame(attempt);
      return;
    }
    const target =
      element instanceof HTMLFieldSetElement
        ? (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>('input'))
        : element;
    target?.scrollIntoView({ block: options.scroll ?? 'center' });
    target?.focus({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}

export const flowStore = {
  get: (): FlowState => current(),
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setView(view: FormView): void {
    write(browserStorage(), VIEW_STORAGE_KEY, view);
    update({ view });
  },
  goToStep(step: StepId, options: { focus?: boolean } = {}): void {
    write(tabStorage(), STEP_STORAGE_KEY, step);
    update({ step });
    if (options.focus !== false) focusWhenRendered('step-heading', { scroll: 'start' });
  },
  /** Shows the field wherever it is (its step in the guided flow) and focuses it. */
  goToField(path: string, elementId: string): void {
    const step = stepOfPath(path);
    const state = current();
    if (state.view === 'guided' && step !== state.step) {
      write(tabStorage(), STEP_STORAGE_KEY, step);
      update({ step });
    }
    focusWhenRendered(elementId);
  },
  /** After a link, a preset or an import replaced the setup: the guided flow opens its review. */
  landOnReview(): void {
    write(tabStorage(), STEP_STORAGE_KEY, 'review');
    update({ step: 'review', revealed: 'all' });
  },
  reveal(step: StepId | 'all'): void {
    const state = current();
    if (state.revealed === 'all') return;
    if (step === 'all') return update({ revealed: 'all' });
    if (!state.revealed.has(step)) update({ revealed: new Set([...state.revealed, step]) });
  },
  touch(path: string): void {
    const state = current();
    if (!state.touched.has(path)) update({ touched: new Set([...state.touched, path]) });
  },
};

export function useFlow(): FlowState {
  return useSyncExternalStore(flowStore.subscribe, flowStore.get, flowStore.get);
}

/** Whether a field's validation message shows: once typed in, left, revealed by its step, or not empty. */
export function errorIsShown(flow: FlowState, path: string, value: unknown): boolean {
  if (flow.revealed === 'all' || flow.revealed.has(stepOfPath(path)) || flow.touched.has(path)) return true;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null;
}
