import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/**
 * The components compiled Markdown needs from features above this layer (the diagram renderer, the copy-link
 * button), handed down by the app (src/app/root-layout.tsx) so that shared UI imports no feature.
 */
export interface MarkdownComponents {
  Diagram: ComponentType<{ id: string; title: string; source: string }>;
  SectionLink: ComponentType<{ hash: string; label: string }> | null;
}

/** Without the app's components a diagram shows its source, titled, and sections get no copy button. */
function DiagramSource({ title, source }: { id: string; title: string; source: string }): ReactNode {
  return (
    <figure className="diagram" aria-label={title}>
      <figcaption>{title}</figcaption>
      <pre>{source}</pre>
    </figure>
  );
}

export const MarkdownComponentsContext = createContext<MarkdownComponents>({ Diagram: DiagramSource, SectionLink: null });

export const useMarkdownComponents = (): MarkdownComponents => useContext(MarkdownComponentsContext);
