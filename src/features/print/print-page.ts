import { useEffect } from 'react';
import { diagramsSettled, diagramsWaiting, requestEveryDiagram } from '@/features/diagrams/draw-every-diagram';

/** Draws every diagram on the page (reporting how many are left), then opens the browser's print dialog. */
export async function printWithDiagrams(onProgress?: (waiting: number) => void): Promise<void> {
  const release = requestEveryDiagram();
  try {
    await diagramsSettled(document, onProgress);
  } finally {
    release();
  }
  window.print();
}

const isPrintShortcut = (e: KeyboardEvent): boolean => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';

/**
 * Ctrl+P / Cmd+P on a page whose diagrams are not all drawn yet (they draw as the reader scrolls) draws them first,
 * then prints, so paper never shows a diagram's source instead of the diagram. A print started from the browser's
 * menu cannot be delayed: it prints the source of undrawn diagrams, and asks for them for the next print.
 */
export function usePrintShortcut(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (!isPrintShortcut(e) || diagramsWaiting() === 0) return;
      e.preventDefault();
      void printWithDiagrams();
    };
    let release: (() => void) | null = null;
    const onBeforePrint = (): void => {
      release ??= requestEveryDiagram();
    };
    const onAfterPrint = (): void => {
      release?.();
      release = null;
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      onAfterPrint();
    };
  }, []);
}
