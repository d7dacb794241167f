import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MermaidDiagram } from './mermaid-diagram';

vi.mock('./render-mermaid', () => ({
  renderDiagram: vi.fn(async (source: string) => {
    if (source.includes('broken')) throw new Error('Parse error on line 2');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 300 100');
    return svg;
  }),
}));

describe('<MermaidDiagram>', () => {
  it('replaces the source with an SVG named by the title', async () => {
    render(<MermaidDiagram id="d1" title="Request flow" source={'flowchart LR\n  A-->B'} />);
    const svg = await screen.findByRole('img', { name: 'Request flow' });
    expect(svg.getAttribute('width')).toBe('300');
    expect(screen.queryByLabelText('Diagram source: Request flow')).toBeNull();
  });

  it('shows the error and the source in place when drawing fails, never a blank', async () => {
    render(<MermaidDiagram id="d2" title="Broken flow" source={'flowchart LR\n  broken -->'} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Parse error on line 2');
    expect(screen.getByLabelText('Diagram source: Broken flow').textContent).toContain('broken -->');
  });
});
