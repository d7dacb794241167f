// Loaded with import() only when a diagram is on screen: this module pulls in mermaid.
import DOMPurify from 'dompurify';
import mermaid from 'mermaid';
import { registerHtmlSanitizer } from '@/shared/trusted-types';

// mermaid assigns HTML strings to innerHTML; under Trusted Types they pass through DOMPurify first (SVG allowed).
registerHtmlSanitizer((html) => DOMPurify.sanitize(html, { USE_PROFILES: { svg: true, svgFilters: true, html: true } }));

let initialisedFor: string | null = null;
let counter = 0;

export type DiagramTheme = 'light' | 'dark';

function initialise(theme: DiagramTheme): void {
  if (initialisedFor === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    // strict: mermaid encodes HTML in labels and disables click bindings, so content cannot run script.
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    // SVG text labels instead of HTML in <foreignObject>: nothing in a label is ever parsed as HTML.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    fontFamily: 'system-ui, sans-serif',
  });
  initialisedFor = theme;
}

/** Renders a diagram to an SVG element (not a string: it is parsed once and never goes through innerHTML). */
export async function renderDiagram(source: string, theme: DiagramTheme): Promise<SVGSVGElement> {
  initialise(theme);
  counter += 1;
  const { svg } = await mermaid.render(`mermaid-svg-${counter}`, source);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const element = doc.documentElement;
  if (!(element instanceof SVGSVGElement)) throw new Error('mermaid did not return an SVG');
  return document.importNode(element, true);
}
