import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

const isDark = () => window.matchMedia(QUERY).matches;

/** The system's colour scheme, following it live (the CSS does the same with its media query). */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, isDark, () => false) ? 'dark' : 'light';
}
