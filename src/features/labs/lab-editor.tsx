import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useMounted } from '@/ui/use-mounted';
import type { JsonEditorProps } from './editor/json-editor';

// CodeMirror loads once the page has hydrated; until then (and in the prerendered page) a plain text area holds
// the same document, so the lab is readable and editable before the editor arrives. The server and the
// hydrating client both render the text area: a lazy component on the server would suspend on one page and not
// on the next (renderToString has no Suspense), and hydration would disagree.
const JsonEditor = lazy(() => import('./editor/json-editor'));

function PlainEditor({ value, onChange, label, readOnly, diagnostics }: JsonEditorProps): ReactNode {
  const id = useId();
  return (
    <div className="plain-editor">
      <textarea
        id={id}
        aria-label={label}
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        rows={Math.min(24, Math.max(6, value.split('\n').length))}
        onChange={(e) => onChange(e.target.value)}
      />
      {diagnostics.length > 0 && (
        <ul className="editor-diagnostics">
          {diagnostics.map((d, i) => (
            <li key={i}>
              line {d.line}, column {d.column}: {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A lab's JSON document: CodeMirror with diagnostics and the decisive lines marked. */
export function LabEditor(props: JsonEditorProps): ReactNode {
  const mounted = useMounted();
  if (!mounted) return <PlainEditor {...props} />;
  return (
    <Suspense fallback={<PlainEditor {...props} />}>
      <JsonEditor {...props} />
    </Suspense>
  );
}
