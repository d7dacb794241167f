import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useEveryDiagramRequested } from './draw-every-diagram';
import { useNearViewport } from './use-near-viewport';
import { useTheme } from './use-theme';

type State = { kind: 'source' } | { kind: 'rendered' } | { kind: 'error'; message: string };

/**
 * A mermaid diagram. The prerendered HTML (and a browser without JavaScript) shows the titled source; once on
 * screen, the renderer and mermaid are imported and the SVG replaces it. A failure shows the error and the source.
 */
export function MermaidDiagram({ id, title, source }: { id: string; title: string; source: string }): ReactNode {
  const figure = useRef<HTMLElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ kind: 'source' });
  const theme = useTheme();
  const everyRequested = useEveryDiagramRequested();
  // Once asked for (by printing), a diagram stays drawn: the request ending must not cancel a render in flight.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (everyRequested) setAsked(true);
  }, [everyRequested]);
  const near = useNearViewport(figure) || asked;

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    import('./render-mermaid')
      .then(({ renderDiagram }) => renderDiagram(source, theme))
      .then((svg) => {
        if (cancelled || !holder.current) return;
        // Draw at mermaid's natural size (wide flowcharts scroll sideways) rather than shrinking text to fit.
        const natural = svg.viewBox.baseVal?.width;
        if (natural) {
          svg.setAttribute('width', String(Math.ceil(natural)));
          svg.style.maxWidth = 'none';
        }
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', title);
        svg.removeAttribute('aria-roledescription');
        holder.current.replaceChildren(svg);
        setState({ kind: 'rendered' });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [near, source, theme, title]);

  return (
    <figure ref={figure} className="diagram" id={id} aria-labelledby={`${id}-title`} data-state={state.kind}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {/* Focusable so a wide diagram can be scrolled from the keyboard. */}
      <div ref={holder} className="diagram-svg" hidden={state.kind !== 'rendered'} tabIndex={0} role="region" aria-label={`Diagram: ${title}`} />
      {state.kind === 'error' && (
        <p className="diagram-error" role="alert">
          This diagram could not be drawn: {state.message}
        </p>
      )}
      {state.kind !== 'rendered' && (
        <pre className="diagram-source" tabIndex={0} aria-label={`Diagram source: ${title}`}>
          <code>{source}</code>
        </pre>
      )}
    </figure>
  );
}
