// @vitest-environment node
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Blocks } from '@/ui/markdown/blocks';
import { compileCourse } from './course';

const LAYER = '---\ntitle: App\nsummary: s\nservices: [AWS WAF]\nthreats: [XSS]\n---\n\n## Overview\n\nText.\n';
const FRONT = '---\ntitle: T\nsummary: s\nservices: []\ndomains: [detection]\norder: 1\n---\n\n## Section\n\n';

/** Published Markdown XSS strings (OWASP cheat sheets, markdown-it and marked advisories). */
const MARKDOWN_XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '[a](<javascript:alert(1)>)',
  '[a][ref]\n\n[ref]: javascript:alert(1)',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '**<img src=x onerror=alert(1)>**',
  '<!-- <script>alert(1)</script> -->',
  '[x](https://example.com" onmouseover="alert(1))',
  '| a |\n| - |\n| <img src=x onerror=alert(1)> |',
];

function render(blocks: Parameters<typeof Blocks>[0]['blocks']): string {
  const router = createMemoryRouter([{ path: '/', element: createElement(Blocks, { blocks }) }]);
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

describe('hostile Markdown', () => {
  it.each(MARKDOWN_XSS)('%s is refused or rendered as inert text', (payload) => {
    const course = compileCourse([
      { path: 'content/07-application/_layer.md', text: LAYER },
      { path: 'content/07-application/t.md', text: `${FRONT}${payload}\n` },
    ]);
    const html = render(course.topics.get('application/t')?.blocks ?? []);
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|<details/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i); // an event-handler attribute inside a tag
    expect(html).not.toMatch(/href="(?!https:|\/|#)/i);
    const refused = course.issues.length > 0;
    const inert = !/javascript:|onerror|<script/i.test(html) || /&lt;|<code>/.test(html);
    expect(refused || inert).toBe(true);
  });

  it('never throws on random Markdown and reports every problem as file:line', () => {
    const markdownish = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom('## ', '### ', '- [x] ', '- [ ] ', '1. ', '> [!EXAM]\n> ', '```mermaid\n', '```\n', '| a | b |\n| - | - |\n', '<b>', '[l](', ')', '\n\n', '---\n', 'type: single\n', '## Questions\n', '### q-x\n'),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(fc.boolean(), markdownish, (withFront, parts) => {
        const text = (withFront ? FRONT : '') + parts.join('');
        const course = compileCourse([
          { path: 'content/07-application/_layer.md', text: LAYER },
          { path: 'content/07-application/t.md', text },
        ]);
        for (const issue of course.issues) {
          expect(issue.file).toMatch(/^content\/07-application\/(t|_layer)\.md$/);
          expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
