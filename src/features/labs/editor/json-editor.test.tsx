import { act, render, screen, within } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import JsonEditor, { type EditorDiagnostic, type EditorHighlight } from './json-editor';

const POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Deny", "Action": "s3:*", "Resource": "*" }\n  ]\n}';

/** The editor's shadow root (CodeMirror lives there so its styles can be constructable sheets; see json-editor.tsx). */
const shadowOf = (container: HTMLElement): ShadowRoot => {
  const root = container.querySelector('.json-editor__host')?.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
};
const viewOf = (container: HTMLElement): EditorView => {
  const content = shadowOf(container).querySelector('.cm-content');
  const view = content instanceof HTMLElement ? EditorView.findFromDOM(content) : null;
  if (!view) throw new Error('no editor view');
  return view;
};

type Props = Partial<Parameters<typeof JsonEditor>[0]>;
const renderEditor = (props: Props = {}) => {
  const onChange = vi.fn();
  const result = render(
    <JsonEditor value={POLICY} onChange={onChange} label="Policy document" diagnostics={[]} highlights={[]} {...props} />,
  );
  return { ...result, onChange };
};

describe('JsonEditor', () => {
  it('names the editing area with the label and shows the document', () => {
    const { container } = renderEditor();
    const box = within(shadowOf(container) as unknown as HTMLElement).getByRole('textbox', { name: 'Policy document' });
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(viewOf(container).state.doc.toString()).toBe(POLICY);
  });

  it('lists the diagnostics as text in a polite live region, and marks them in the editor', () => {
    const diagnostics: EditorDiagnostic[] = [
      { severity: 'error', message: 'unknown key "Effekt"', line: 4, column: 7 },
      { severity: 'unsupported', message: 'NotPrincipal is not evaluated', line: 99, column: 99 },
    ];
    const { container } = renderEditor({ diagnostics });
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    const items = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['line 4, column 7: unknown key "Effekt"', 'line 99, column 99: NotPrincipal is not evaluated']);
    // Both reach the editor; the out-of-range one clamped to the end of the document instead of throwing.
    const marks = shadowOf(container).querySelectorAll('.cm-diagnostic');
    expect(marks.length).toBe(2);
    expect(marks[0]?.textContent).toBe('"Effect"');
    expect(marks[0]?.getAttribute('title')).toBe('unknown key "Effekt"');
    expect(marks[1]?.classList.contains('cm-diagnostic-unsupported')).toBe(true);
  });

  it('calls onChange when the document changes, but not for an outside value it takes over', () => {
    const { container, onChange, rerender } = renderEditor();
    const view = viewOf(container);
    act(() => view.dispatch({ changes: { from: 0, insert: ' ' } }));
    expect(onChange).toHaveBeenLastCalledWith(` ${POLICY}`);
    expect(onChange).toHaveBeenCalledTimes(1);

    view.dispatch({ selection: { anchor: 10 } });
    rerender(<JsonEditor value={` ${POLICY}\n`} onChange={onChange} label="Policy document" diagnostics={[]} highlights={[]} />);
    expect(view.state.doc.toString()).toBe(` ${POLICY}\n`);
    expect(view.state.selection.main.head).toBe(10); // the smallest change, so the cursor stays where it was
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stays in step with a parent that holds the value, in StrictMode', () => {
    let view: EditorView | undefined;
    const Parent = () => {
      const [text, setText] = useState('{}');
      return <JsonEditor value={text} onChange={setText} label="Policy" diagnostics={[]} highlights={[]} />;
    };
    const { container } = render(<StrictMode><Parent /></StrictMode>);
    view = viewOf(container);
    act(() => view?.dispatch({ changes: { from: 1, insert: '"a": 1' } }));
    act(() => view?.dispatch({ changes: { from: 7, insert: ', "b": 2' } }));
    view = viewOf(container);
    expect(view.state.doc.toString()).toBe('{"a": 1, "b": 2}');
    expect(shadowOf(container).querySelectorAll('.cm-editor').length).toBe(1);
  });

  it('marks highlighted lines with a class and a gutter symbol, dropping lines outside the document', () => {
    const highlights: EditorHighlight[] = [{ line: 4, kind: 'deny' }, { line: 40, kind: 'allow' }];
    const { container } = renderEditor({ highlights });
    const root = shadowOf(container);
    const lines = [...root.querySelectorAll('.cm-line')];
    expect(lines.findIndex((l) => l.classList.contains('cm-line-deny'))).toBe(3);
    expect(root.querySelectorAll('.cm-line-allow').length).toBe(0);
    expect(root.querySelector('.cm-decision-mark-deny')?.textContent).toBe('✕');
  });

  it('is read-only on request but keeps a tab stop', () => {
    const { container } = renderEditor({ readOnly: true });
    const box = within(shadowOf(container) as unknown as HTMLElement).getByRole('textbox', { name: 'Policy document' });
    expect(box.getAttribute('contenteditable')).toBe('false');
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(box.getAttribute('tabindex')).toBe('0');
  });

  it('does not bind Tab, so keyboard focus can leave the editor', () => {
    const { container } = renderEditor();
    const view = viewOf(container);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', keyCode: 9, bubbles: true, cancelable: true });
    view.contentDOM.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    expect(view.state.doc.toString()).toBe(POLICY);
  });
});
