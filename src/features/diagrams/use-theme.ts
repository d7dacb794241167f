import { useSyncExternalStore } from 'react';
import type { DiagramTheme } from './render-mermaid';

// The page theme is the data-theme attribute on <html> when set (the toggle), else the system preference.
function current(): DiagramTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onChange);
  };
}

/** The effective colour theme, updated live. */
export function useTheme(): DiagramTheme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
