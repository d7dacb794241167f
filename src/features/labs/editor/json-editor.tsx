// The labs' JSON editor: CodeMirror 6 in a React component. Load it only with
// `React.lazy(() => import('./editor/json-editor'))`, so CodeMirror stays in the lab chunks.
//
// Why the editor lives in a shadow root (CSP):
// CodeMirror puts its layout and theme CSS into the page at run time through style-mod. style-mod 4.1 uses a
// constructable stylesheet (new CSSStyleSheet + adoptedStyleSheets) only when the root it mounts into has no <head>,
// that is a ShadowRoot; for a Document it always writes a <style> element, whatever the browser supports.
// A <style> element is inline style: under `style-src 'self'` without 'unsafe-inline' the browser refuses it and the
// editor loses its layout (gutters stacked above the text, no cursor styling). CodeMirror's answer is the
// EditorView.cspNonce facet, which only puts a nonce on that <style>; a nonce must be fresh for every response, which
// a static host cannot do. The maintainer has declined to ship a plain CSS file instead (codemirror/dev#395).
// Stylesheets built through the CSSOM (constructable sheets, insertRule, element.style.x = …) are not governed by
// style-src at all, so mounting the view in a shadow root (EditorView `root`) makes style-mod take the constructable
// path in Chromium, Firefox and Safari 16.4+, and our own editor rules go in the same way. CodeMirror's one style
// attribute (tab-size on .cm-content) is written through `style.cssText`, also CSSOM, and its tooltips are
// positioned through `style.top`/`left`: nothing calls setAttribute('style') and nothing touches an HTML sink, so
// `require-trusted-types-for 'script'` is not involved either. Theme variables (--fg, --tok-key, …) inherit into the
// shadow tree, so the light and dark themes apply without anything more.
import { Annotation, Transaction, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffectEvent, useLayoutEffect, useRef } from 'react';
import {
  baseExtensions,
  compartments,
  labelExtension,
  readOnlyExtension,
  setHighlights,
  setProblems,
  type EditorDiagnostic,
  type EditorHighlight,
} from './json-editor-extensions';
import shadowCss from './json-editor-shadow.css?inline';
import './json-editor.css';

export type { EditorDiagnostic, EditorHighlight } from './json-editor-extensions';

export type JsonEditorProps = {
  /** The document. When it changes from outside (not as the echo of onChange), the editor takes it over. */
  value: string;
  /** Every change the user makes, with the whole document (line breaks normalised to \n). */
  onChange(text: string): void;
  /** The accessible name of the editing area. */
  label: string;
  readOnly?: boolean;
  /** 1-based line and column; out-of-range positions are clamped into the document. */
  diagnostics: readonly EditorDiagnostic[];
  /** Lines to mark (the decisive statement's lines); lines outside the document are ignored. */
  highlights: readonly EditorHighlight[];
  /** Put on the component's outer element. */
  id?: string;
};

/** Marks the transactions that bring an outside `value` in, so they are not reported back through onChange. */
const fromProps = Annotation.define<boolean>();

const normalise = (text: string) => text.replace(/\r\n?/g, '\n');

/** The smallest replacement that turns `from` into `to`, so the cursor and undo history survive an outside update. */
const diff = (from: string, to: string) => {
  let start = 0;
  const short = Math.min(from.length, to.length);
  while (start < short && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  return { from: start, to: endFrom, insert: to.slice(start, endTo) };
};

let sharedSheet: CSSStyleSheet | undefined;
/** Our editor rules into the shadow root: constructable where supported (not subject to CSP), else a <style>. */
const mountShadowStyles = (root: ShadowRoot) => {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(shadowCss);
    }
    // After CodeMirror's own sheet, so our rules win ties of specificity.
    if (!root.adoptedStyleSheets.includes(sharedSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sharedSheet];
  } else if (!root.querySelector('style[data-json-editor]')) {
    // No constructable stylesheets (jsdom, Safari before 16.4): style-mod uses a <style> there too.
    const style = document.createElement('style');
    style.dataset.jsonEditor = '';
    style.textContent = shadowCss;
    root.append(style);
  }
};

/** How many of our own recent onChange values to recognise when they come back late as `value`. */
const ECHOES = 16;

export default function JsonEditor({ value, onChange, label, readOnly = false, diagnostics, highlights, id }: JsonEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const parts = useRef<ReturnType<typeof compartments>>(null);
  /** Values sent through onChange that `value` has not caught up with yet. */
  const echoes = useRef<string[]>([]);

  const emit = useEffectEvent((text: string) => {
    echoes.current.push(text);
    if (echoes.current.length > ECHOES) echoes.current.shift();
    onChange(text);
  });
  const initial = useEffectEvent(() => ({ value: normalise(value), readOnly, label }));

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const start = initial();
    const c = compartments();
    parts.current = c;
    const view = new EditorView({
      root,
      parent: root,
      doc: start.value,
      extensions: [
        baseExtensions(),
        c.readOnly.of(readOnlyExtension(start.readOnly)),
        c.label.of(labelExtension(start.label)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromProps))) emit(update.state.doc.toString());
        }),
      ],
    });
    mountShadowStyles(root);
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
      parts.current = null;
    };
  }, []);

  // Layout effects, in this order, so the document is current before diagnostics and highlights are placed on it,
  // and no keystroke can land between React's commit and the sync.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const next = normalise(value);
    const current = view.state.doc.toString();
    if (next === current) {
      echoes.current = [];
      return;
    }
    // A late echo of what the user typed (the parent re-rendered with an older onChange value): keep the editor's.
    if (echoes.current.includes(next)) return;
    echoes.current = [];
    view.dispatch({ changes: diff(current, next), annotations: [fromProps.of(true), Transaction.userEvent.of('set')] });
  }, [value]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (view && parts.current) view.dispatch({ effects: parts.current.readOnly.reconfigure(readOnlyExtension(readOnly)) });
  }, [readOnly]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (view && parts.current) view.dispatch({ effects: parts.current.label.reconfigure(labelExtension(label)) });
  }, [label]);

  // Parents usually compute these arrays afresh on every render; placing the same list on the same document again
  // would only churn the view (and close an open lint tooltip), so that is skipped.
  const placed = useRef<{ diagnostics?: [Text, string]; highlights?: [Text, string] }>({});
  const unchanged = (kind: 'diagnostics' | 'highlights', doc: Text, list: readonly object[]) => {
    const key = JSON.stringify(list);
    const last = placed.current[kind];
    placed.current[kind] = [doc, key];
    return last !== undefined && last[0] === doc && last[1] === key;
  };

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view || unchanged('diagnostics', view.state.doc, diagnostics)) return;
    view.dispatch({ effects: setProblems.of(diagnostics) });
  }, [diagnostics]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view || unchanged('highlights', view.state.doc, highlights)) return;
    view.dispatch({ effects: setHighlights.of(highlights) });
  }, [highlights]);

  return (
    <div className="json-editor" id={id}>
      <div className="json-editor__host" ref={hostRef} />
      <div className="json-editor__problems" role="status" aria-live="polite">
        {diagnostics.length > 0 && (
          <ul aria-label={`Problems in ${label}`}>
            {diagnostics.map((d, i) => (
              <li key={i} className={`json-editor__problem json-editor__problem--${d.severity}`}>
                line {d.line}, column {d.column}: {d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
