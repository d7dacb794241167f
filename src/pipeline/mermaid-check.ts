import type { DiagramRef } from './blocks.ts';
import type { ContentIssue } from './issues.ts';

type Mermaid = typeof import('mermaid').default;
let mermaidPromise: Promise<Mermaid> | null = null;

/** mermaid needs a DOM (for DOMPurify) before it is imported, so a jsdom window is installed first, once. */
async function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    const g = globalThis as Record<string, unknown>;
    for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement', 'Node', 'navigator']) {
      if (!(key in g)) Object.defineProperty(g, key, { value: (window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
    }
    const mermaid = (await import('mermaid')).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return mermaidPromise;
}

/** The line inside a diagram that mermaid blames, if its message names one. */
function blamedLine(message: string): number {
  const match = /line (\d+)/i.exec(message) ?? /(\d+):\d+/.exec(message);
  return match ? Math.max(0, Number(match[1]) - 1) : 0;
}

/** Runs mermaid's own parser over every diagram; each rejection becomes a file:line issue. */
export async function checkDiagrams(diagrams: DiagramRef[]): Promise<ContentIssue[]> {
  if (diagrams.length === 0) return [];
  const mermaid = await loadMermaid();
  const issues: ContentIssue[] = [];
  for (const diagram of diagrams) {
    try {
      await mermaid.parse(diagram.source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const firstLine = message.split('\n').find((l) => l.trim()) ?? message;
      const detail = message.split('\n').slice(1, 4).join(' ').replace(/\s+/g, ' ').trim();
      issues.push({
        file: diagram.file,
        line: diagram.line + blamedLine(message),
        message: `mermaid diagram "${diagram.title}" does not parse: ${firstLine}${detail ? ` ${detail}` : ''}`.slice(0, 400),
      });
    }
  }
  return issues;
}
