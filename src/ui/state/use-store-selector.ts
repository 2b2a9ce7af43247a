import { useRef, useSyncExternalStore } from 'react';

/** Equal when both are the same, or plain objects/arrays whose own values are the same one by one. */
export function shallowEqual(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) =>
      Object.hasOwn(right, key) &&
      Object.is((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]),
  );
}

/**
 * A part of an external store's snapshot: the component re-renders only when that part changes (`isEqual`), not
 * on every change of the store. On a keystroke only the components whose part changed render in its frame.
 */
export function useStoreSelector<Snapshot, Selected>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => Snapshot,
  select: (snapshot: Snapshot) => Selected,
  isEqual: (left: Selected, right: Selected) => boolean = Object.is,
): Selected {
  // The last selection, reused while the snapshot is the same object or the new selection equals it (the
  // technique of React's use-sync-external-store/with-selector).
  const last = useRef<{ snapshot: Snapshot; select: typeof select; selected: Selected } | undefined>(
    undefined,
  );
  const selectedSnapshot = () => {
    const snapshot = getSnapshot();
    const previous = last.current;
    if (previous !== undefined && previous.snapshot === snapshot && previous.select === select)
      return previous.selected;
    const selected = select(snapshot);
    const kept =
      previous !== undefined && isEqual(previous.selected, selected) ? previous.selected : selected;
    last.current = { snapshot, select, selected: kept };
    return kept;
  };
  return useSyncExternalStore(subscribe, selectedSnapshot, selectedSnapshot);
}
