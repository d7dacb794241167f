// @vitest-environment node
// The lab pages are prerendered: the editor must render to HTML without a DOM (CodeMirror starts in an effect).
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import JsonEditor from './json-editor';

it('renders on the server: the host element and the problem list, no editor yet', () => {
  const html = renderToString(
    <JsonEditor value="{}" onChange={() => {}} label="Policy" id="policy-editor" highlights={[]}
      diagnostics={[{ severity: 'error', message: 'expected a statement', line: 1, column: 2 }]} />,
  );
  expect(html).toContain('id="policy-editor"');
  expect(html).toContain('class="json-editor__host"');
  expect(html).toContain('line <!-- -->1<!-- -->, column <!-- -->2<!-- -->: <!-- -->expected a statement');
  expect(html).not.toContain('style=');
});
