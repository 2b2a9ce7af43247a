import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { loadConfigParser } from './state/config-parser';

/**
 * A component from a chunk of its own, shown once the chunk has arrived (`fallback` until then). The chunk is
 * fetched once the part has rendered (from an effect: the fetch overlaps the paint that shows the form, and the
 * chunk runs after it). Unlike React.lazy it reveals with an ordinary state update, not a Suspense retry, which
 * React holds back until 300 ms after the last fallback showed.
 */
export function lazyComponent<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: ReactNode | ((props: Props) => ReactNode),
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  let failed: unknown;
  let loading: Promise<void> | undefined;
  const start = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        failed = error ?? new Error('A part of the page failed to load');
      },
    );
    return loading;
  };
  return function LazyPart(props: Props) {
    const [, setArrived] = useState(0);
    useEffect(() => {
      if (loaded !== undefined || failed !== undefined) return;
      let mounted = true;
      void start().then(() => mounted && setArrived((count) => count + 1));
      return () => {
        mounted = false;
      };
    }, []);
    // The slot's error boundary says which part failed; the rest of the page goes on.
    if (failed !== undefined) throw failed;
    if (loaded === undefined) return typeof fallback === 'function' ? fallback(props) : fallback;
    const Component = loaded;
    return <Component {...props} />;
  };
}

/**
 * A part of the page that is a chunk of its own, fetched once the form has rendered, together with the schema's
 * chunk it validates with: the form is usable before either arrives (the first chunk holds React and the form).
 */
export function lazyPart<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  fallback: ReactNode | ((props: Props) => ReactNode),
): ComponentType<Props> {
  return lazyComponent(
    () => Promise.all([load(), loadConfigParser()]).then(([module]) => module[name]),
    fallback,
  );
}
