import { useSyncExternalStore } from 'react';

// Diagrams are drawn when the reader scrolls near them. Paper needs all of them, and a print cannot wait for an
// asynchronous render once it has started, so whatever prints (the cheat sheet, the print shortcut) asks first.
let requests = 0;
const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((listener) => listener());

/** Asks every diagram on the page, and any that mounts later, to draw now; returns the function that stops asking. */
export function requestEveryDiagram(): () => void {
  requests += 1;
  if (requests === 1) notify();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    requests -= 1;
    if (requests === 0) notify();
  };
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while something has asked for every diagram to be drawn. */
export const useEveryDiagramRequested = (): boolean =>
  useSyncExternalStore(subscribe, () => requests > 0, () => false);

const WAITING = 'figure.diagram[data-state="source"]';

/** How many diagrams on the page are still waiting to be drawn (not drawn and not failed). */
export const diagramsWaiting = (root: ParentNode = document): number => root.querySelectorAll(WAITING).length;

/** Resolves once no diagram in `root` is waiting to be drawn, reporting progress as diagrams finish. */
export function diagramsSettled(root: ParentNode = document, onProgress?: (waiting: number) => void): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      const waiting = diagramsWaiting(root);
      onProgress?.(waiting);
      if (waiting > 0) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    check();
  });
}
