import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { ConfigWarning, FieldPath } from '../../knowledge/types';
import { loadConfigParser } from './config-parser';
import { useParsedConfig } from './wizard-store';

type FindingsModule = typeof import('./findings');
let findingsModule: Promise<FindingsModule> | undefined;

/** The knowledge rules (and the model they read) are a chunk of their own, fetched once the form shows. */
function loadFindings(): Promise<FindingsModule> {
  findingsModule ??= Promise.all([import('./findings'), loadConfigParser()]).then(([module]) => module);
  return findingsModule;
}

export interface FindingsValue {
  /** Every finding of the Checks (none while the form is invalid: they would be of a setup no longer shown). */
  all: readonly ConfigWarning[];
  /** Errors and warnings by the field they are about. */
  byField: ReadonlyMap<FieldPath, ConfigWarning[]>;
  /** False until the rules' chunk has arrived (a moment after the form shows): none are known yet. */
  ready: boolean;
}

const NONE: FindingsValue = { all: [], byField: new Map(), ready: true };
const NOT_YET: FindingsValue = { all: [], byField: new Map(), ready: false };
const FindingsContext = createContext<FindingsValue>(NONE);

const sameFindings = (a: FindingsValue, b: FindingsValue) =>
  a.ready === b.ready &&
  a.all.length === b.all.length &&
  a.all.every(
    (finding, index) => finding.id === b.all[index]?.id && finding.message === b.all[index]?.message,
  );

/**
 * The Checks' findings for the fields, the step list and the confirmations, at the previews' pace (deferred).
 * Its own provider, so the deferred update re-renders only what reads findings, and only when they change: a
 * keystroke renders the form once, as before.
 */
export function FindingsProvider({ children }: { children: ReactNode }) {
  const { config, valid } = useParsedConfig();
  const checked = useDeferredValue(config);
  const [rules, setRules] = useState<FindingsModule>();
  useEffect(() => {
    let mounted = true;
    void loadFindings().then((module) => mounted && setRules(module));
    return () => {
      mounted = false;
    };
  }, []);
  const next = useMemo(() => {
    if (rules === undefined) return NOT_YET;
    const all = valid ? rules.findingsFor(checked) : [];
    return all.length === 0 ? NONE : { all, byField: rules.findingsByField(all), ready: true };
  }, [valid, checked, rules]);
  // The same findings keep the same object, so readers do not re-render (React's "adjust state on change").
  const [stable, setStable] = useState(next);
  const same = sameFindings(next, stable);
  if (!same) setStable(next);
  const value = same ? stable : next;
  return <FindingsContext.Provider value={value}>{children}</FindingsContext.Provider>;
}

export function useFindings(): FindingsValue {
  return useContext(FindingsContext);
}
