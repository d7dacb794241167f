import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Block } from '@/content/model';
import { MermaidDiagram } from '@/features/diagrams/mermaid-diagram';
import { CopyLinkButton } from '@/features/share/share-button';
import { Blocks } from './blocks';
import { MarkdownComponentsContext } from './markdown-components';

/** Renders blocks as the app does: with its diagram renderer and copy-link button (or with none, `bare`). */
function renderBlocks(blocks: Block[], bare = false) {
  const element = bare ? <Blocks blocks={blocks} /> : (
    <MarkdownComponentsContext value={{ Diagram: MermaidDiagram, SectionLink: CopyLinkButton }}>
      <Blocks blocks={blocks} />
    </MarkdownComponentsContext>
  );
  const router = createMemoryRouter([{ path: '/', element }]);
  return render(<RouterProvider router={router} />);
}

const text = (value: string) => ({ type: 'text' as const, value });

describe('<Blocks>', () => {
  it('gives headings their id and a self-link', () => {
    renderBlocks([{ type: 'heading', depth: 2, id: 'rate-based-rules', text: 'Rate-based rules', children: [text('Rate-based rules')] }]);
    const heading = screen.getByRole('heading', { level: 2, name: /Rate-based rules/ });
    expect(heading.id).toBe('rate-based-rules');
    expect(within(heading).getByRole('link', { name: 'Link to section: Rate-based rules' }).getAttribute('href')).toBe('#rate-based-rules');
  });

  it('labels callouts by kind', () => {
    renderBlocks([
      { type: 'callout', kind: 'exam', children: [{ type: 'paragraph', children: [text('Prefer managed rules.')] }] },
      { type: 'callout', kind: 'changed', children: [{ type: 'paragraph', children: [text('Renamed in 2024.')] }] },
    ]);
    expect(screen.getByRole('complementary', { name: 'Exam tip' }).textContent).toContain('Prefer managed rules.');
    expect(screen.getByRole('complementary', { name: 'Changed since the source' })).toBeTruthy();
  });

  it('opens external links safely and internal links in the app', () => {
    renderBlocks([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'https://docs.aws.amazon.com/', external: true, children: [text('docs')] },
          { type: 'link', href: '/layers/presentation/kms', external: false, children: [text('KMS')] },
        ],
      },
    ]);
    const external = screen.getByRole('link', { name: /docs/ });
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(external.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'KMS' }).getAttribute('href')).toBe('/layers/presentation/kms');
  });

  it('renders highlighted code as text, never as HTML', () => {
    const { container } = renderBlocks([
      { type: 'code', lang: 'json', value: '{"a": "<img src=x onerror=alert(1)>"}', tokens: [{ kind: 'key', text: '"a"' }, { kind: 'string', text: '"<img src=x onerror=alert(1)>"' }] },
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.tok-string')?.textContent).toBe('"<img src=x onerror=alert(1)>"');
  });

  it('shows a diagram as its titled source until mermaid has drawn it', () => {
    renderBlocks([{ type: 'mermaid', id: 'diagram-flow', title: 'Request flow', source: 'flowchart LR\n  A-->B' }]);
    const figure = screen.getByRole('figure', { name: 'Request flow' });
    expect(within(figure).getByLabelText('Diagram source: Request flow').textContent).toContain('A-->B');
  });

  it('imports no feature: without the app\'s components a diagram is its source and a heading has no copy button', () => {
    renderBlocks([
      { type: 'heading', depth: 2, id: 'flow', text: 'Flow', children: [text('Flow')] },
      { type: 'mermaid', id: 'diagram-flow', title: 'Request flow', source: 'flowchart LR\n  A-->B' },
    ], true);
    expect(screen.getByRole('figure', { name: 'Request flow' }).textContent).toContain('A-->B');
    expect(screen.queryByRole('button', { name: /Copy link/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Link to section: Flow' }).getAttribute('href')).toBe('#flow');
  });
});
