// The CodeMirror pieces of the lab JSON editor, kept apart from the React wrapper so they can be tested on a bare
// EditorState. Only json-editor.tsx imports this module, so it (and CodeMirror) stays in the lazily loaded lab chunk.
//
// Why no @codemirror/lang-json, language or lint: with the Lezer parser, the language layer and the lint package
// the editor was 113 KB gzip, over the labs' budget. JSON needs none of them here: a string cannot span lines, so
// a line-by-line scan colours it exactly; our engines already report problems at line and column, which become
// marks (with the message as their title) and the plain list below the editor.
import { history, historyKeymap, indentLess, indentMore, standardKeymap } from '@codemirror/commands';
import { Compartment, EditorState, RangeSet, RangeSetBuilder, StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker, keymap, lineNumbers, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

export type EditorDiagnostic = { severity: 'error' | 'unsupported' | 'warning'; message: string; line: number; column: number };
export type EditorHighlight = { line: number; kind: 'allow' | 'deny' | 'failed' };

/** One token of a JSON line: where it is and the app's class for it (the --tok-* theme variables colour them). */
interface Token {
  from: number;
  to: number;
  className: 'tok-key' | 'tok-string' | 'tok-number' | 'tok-literal';
}

const TOKEN = /"(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\b(?:true|false|null)\b/g;

/** The tokens of one line of JSON text, offsets within the line. A string followed by a colon is a key. */
export function jsonTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const from = m.index;
    const to = from + m[0].length;
    const c = m[0][0];
    const className = c === '"' ? (/^\s*:/.test(text.slice(to)) ? 'tok-key' : 'tok-string') : c === 't' || c === 'f' || c === 'n' ? 'tok-literal' : 'tok-number';
    out.push({ from, to, className });
  }
  return out;
}

const TOKEN_MARKS = {
  'tok-key': Decoration.mark({ class: 'tok-key' }),
  'tok-string': Decoration.mark({ class: 'tok-string' }),
  'tok-number': Decoration.mark({ class: 'tok-number' }),
  'tok-literal': Decoration.mark({ class: 'tok-literal' }),
};

function colour(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      for (const t of jsonTokens(line.text)) builder.add(line.from + t.from, line.from + t.to, TOKEN_MARKS[t.className]);
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/** Syntax colours for the visible lines, recomputed as the document or the viewport changes. */
const jsonColours = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = colour(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = colour(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** 1-based line and column to a document offset, clamped into the document (a stale diagnostic never throws). */
export const positionOf = (state: EditorState, line: number, column: number): number => {
  const doc = state.doc;
  const l = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
  return l.from + Math.min(Math.max(0, (Math.trunc(column) || 1) - 1), l.length);
};

/**
 * The range a diagnostic marks: the token at its position (a key, a string, a number) when there is one, else the
 * one character there, else (end of line, empty line) the character before it, so every problem shows somewhere.
 */
export const rangeAt = (state: EditorState, pos: number): { from: number; to: number } => {
  const line = state.doc.lineAt(pos);
  const token = jsonTokens(line.text).find((t) => line.from + t.from <= pos && line.from + t.to > pos);
  if (token) return { from: line.from + token.from, to: line.from + token.to };
  if (pos < line.to) return { from: pos, to: pos + 1 };
  return line.length > 0 ? { from: line.to - 1, to: line.to } : { from: pos, to: pos };
};

const PROBLEM_CLASS: Record<EditorDiagnostic['severity'], string> = {
  error: 'cm-diagnostic cm-diagnostic-error',
  warning: 'cm-diagnostic cm-diagnostic-warning',
  // Valid IAM the lab engine does not evaluate: the result may be wrong, so it reads as a warning, with its own class.
  unsupported: 'cm-diagnostic cm-diagnostic-unsupported',
};

export const setProblems = StateEffect.define<readonly EditorDiagnostic[]>();

/** The marks of the given diagnostics on this document: empty ranges are left out (the list below names them). */
export const problemMarks = (state: EditorState, diagnostics: readonly EditorDiagnostic[]): DecorationSet =>
  Decoration.set(
    diagnostics
      .map((d) => ({ d, ...rangeAt(state, positionOf(state, d.line, d.column)) }))
      .filter((r) => r.to > r.from)
      .map((r) => Decoration.mark({ class: PROBLEM_CLASS[r.d.severity], attributes: { title: r.d.message } }).range(r.from, r.to)),
    true,
  );

const problemField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = tr.docChanged ? value.map(tr.changes) : value;
    for (const e of tr.effects) if (e.is(setProblems)) next = problemMarks(tr.state, e.value);
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

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
  keymap.of([...standardKeymap, ...historyKeymap, { key: 'Mod-]', run: indentMore }, { key: 'Mod-[', run: indentLess }]),
  EditorState.tabSize.of(2),
  jsonColours,
  problemField,
  highlightField,
  EditorView.lineWrapping,
];
