// The CodeMirror pieces of the lab JSON editor, kept apart from the React wrapper so they can be tested on a bare
// EditorState. Only json-editor.tsx imports this module, so it (and CodeMirror) stays in the lazily loaded lab chunk.
import { history, defaultKeymap, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentUnit, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import { lintGutter, lintKeymap, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { Compartment, EditorState, RangeSet, StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

export type EditorDiagnostic = { severity: 'error' | 'unsupported' | 'warning'; message: string; line: number; column: number };
export type EditorHighlight = { line: number; kind: 'allow' | 'deny' | 'failed' };

/**
 * Token colours as the app's own classes (src/ui/styles.css names them for code blocks), so the editor follows the
 * light and dark themes through the --tok-* variables instead of colours baked into a generated style rule. The
 * rules for these classes live in json-editor-shadow.css, inside the editor's shadow root.
 */
const highlightStyle = HighlightStyle.define([
  { tag: t.propertyName, class: 'tok-key' },
  { tag: t.string, class: 'tok-string' },
  { tag: t.number, class: 'tok-number' },
  { tag: [t.bool, t.null], class: 'tok-literal' },
  { tag: t.invalid, class: 'tok-invalid' },
]);

/** 1-based line and column to a document offset, clamped into the document (a stale diagnostic never throws). */
export const positionOf = (state: EditorState, line: number, column: number): number => {
  const doc = state.doc;
  const l = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
  return l.from + Math.min(Math.max(0, (Math.trunc(column) || 1) - 1), l.length);
};

/**
 * The range a diagnostic underlines: the innermost syntax token at its position (a key, a string, a number) when it
 * sits on that one line, else the one character there, else (end of line, empty line) a zero-width point.
 */
const rangeAt = (state: EditorState, pos: number): { from: number; to: number } => {
  const line = state.doc.lineAt(pos);
  const node = syntaxTree(state).resolveInner(pos, 1);
  if (!node.firstChild && node.from <= pos && node.to > pos && node.from >= line.from && node.to <= line.to) {
    return { from: node.from, to: node.to };
  }
  return { from: pos, to: Math.min(pos + 1, line.to) };
};

const SEVERITY: Record<EditorDiagnostic['severity'], CmDiagnostic['severity']> = {
  error: 'error',
  warning: 'warning',
  // Valid IAM the lab engine does not evaluate: the result may be wrong, so it reads as a warning, with its own class.
  unsupported: 'warning',
};

export const toCmDiagnostics = (state: EditorState, diagnostics: readonly EditorDiagnostic[]): CmDiagnostic[] =>
  diagnostics.map((d) => ({
    ...rangeAt(state, positionOf(state, d.line, d.column)),
    severity: SEVERITY[d.severity],
    message: d.message,
    ...(d.severity === 'unsupported' ? { markClass: 'cm-diagnostic-unsupported' } : {}),
  }));

// Highlighted lines: a line class (tint and left border) and a gutter symbol, so the decisive statement is marked
// by more than colour. The gutter is aria-hidden like all of CodeMirror's gutters; the lab page states the decision
// in text.
const SYMBOL: Record<EditorHighlight['kind'], string> = { allow: '✓', deny: '✕', failed: '!' };

class DecisionMarker extends GutterMarker {
  constructor(readonly kind: EditorHighlight['kind']) {
    super();
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof DecisionMarker && other.kind === this.kind;
  }
  override toDOM(): Node {
    const span = document.createElement('span');
    span.className = `cm-decision-mark cm-decision-mark-${this.kind}`;
    span.textContent = SYMBOL[this.kind];
    return span;
  }
}
const MARKERS = { allow: new DecisionMarker('allow'), deny: new DecisionMarker('deny'), failed: new DecisionMarker('failed') };
const LINE_DECORATIONS = {
  allow: Decoration.line({ class: 'cm-line-allow' }),
  deny: Decoration.line({ class: 'cm-line-deny' }),
  failed: Decoration.line({ class: 'cm-line-failed' }),
};

type Highlighted = { lines: DecorationSet; markers: RangeSet<GutterMarker> };
export const setHighlights = StateEffect.define<readonly EditorHighlight[]>();

const build = (state: EditorState, highlights: readonly EditorHighlight[]): Highlighted => {
  const lines: Range<Decoration>[] = [];
  const markers: Range<GutterMarker>[] = [];
  for (const h of highlights) {
    // A line outside the document is dropped, not clamped: marking some other line as decisive would mislead.
    if (!Number.isInteger(h.line) || h.line < 1 || h.line > state.doc.lines) continue;
    const from = state.doc.line(h.line).from;
    lines.push(LINE_DECORATIONS[h.kind].range(from));
    markers.push(MARKERS[h.kind].range(from));
  }
  return { lines: Decoration.set(lines, true), markers: RangeSet.of(markers, true) };
};

export const highlightField = StateField.define<Highlighted>({
  create: () => ({ lines: Decoration.none, markers: RangeSet.empty }),
  update(value, tr) {
    let next = tr.docChanged ? { lines: value.lines.map(tr.changes), markers: value.markers.map(tr.changes) } : value;
    for (const e of tr.effects) if (e.is(setHighlights)) next = build(tr.state, e.value);
    return next;
  },
  provide: (f) => [
    EditorView.decorations.from(f, (v) => v.lines),
    gutter({ class: 'cm-decision-gutter', markers: (view) => view.state.field(f).markers }),
  ],
});

/** What changes with props, each in its own compartment so a change reconfigures only that part. */
export const compartments = () => ({ readOnly: new Compartment(), label: new Compartment() });

export const readOnlyExtension = (readOnly: boolean): Extension =>
  readOnly
    ? [
        EditorState.readOnly.of(true),
        EditorView.editable.of(false),
        // A non-editable content element loses its tab stop; keep one so keyboard and screen-reader users can still
        // reach, read and select the text (aria-readonly comes from EditorState.readOnly).
        EditorView.contentAttributes.of({ tabindex: '0' }),
      ]
    : [];

export const labelExtension = (label: string): Extension => EditorView.contentAttributes.of({ 'aria-label': label });

/**
 * Deliberately small (no basicSetup). Tab is left unbound (no indentWithTab), so Tab and Shift-Tab move focus out of
 * the editor as on any other field; indentation comes from Enter (insertNewlineAndIndent) and Mod-[ / Mod-].
 */
export const baseExtensions = (): Extension[] => [
  lineNumbers(),
  history(),
  keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
  json(),
  indentUnit.of('  '),
  syntaxHighlighting(highlightStyle),
  bracketMatching(),
  lintGutter(),
  highlightField,
  EditorView.lineWrapping,
];
