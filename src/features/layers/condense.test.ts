import { describe, expect, it } from 'vitest';
import type { Block } from '@/content/model';
import { condenseBlocks } from './condense';

const heading = (depth: 2 | 3 | 4, id: string): Block => ({ type: 'heading', depth, id, text: id, children: [{ type: 'text', value: id }] });
const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
const tip = (kind: 'exam' | 'trap' | 'note' | 'changed'): Block => ({ type: 'callout', kind, children: [para(kind)] });
const diagram: Block = { type: 'mermaid', id: 'd', title: 'Flow', source: 'flowchart LR\n a --> b' };
const table: Block = { type: 'table', align: [null], head: [[{ type: 'text', value: 'h' }]], rows: [] };

const shape = (blocks: Block[]) => blocks.map((b) => (b.type === 'heading' ? `h${b.depth}:${b.id}` : b.type === 'callout' ? `callout:${b.kind}` : b.type));

describe('condenseBlocks', () => {
  it('keeps exam tips, traps, diagrams and tables under the headings they belong to', () => {
    const body = [heading(2, 'intro'), para('prose'), heading(2, 'keys'), para('prose'), tip('exam'), heading(3, 'rotation'), table, tip('note'), heading(2, 'flow'), diagram, tip('trap')];
    expect(shape(condenseBlocks(body))).toEqual(['h2:keys', 'callout:exam', 'h3:rotation', 'table', 'h2:flow', 'mermaid', 'callout:trap']);
  });

  it('drops prose, notes, changes and sections with nothing to keep', () => {
    expect(condenseBlocks([heading(2, 'a'), para('x'), tip('note'), tip('changed'), heading(2, 'b'), para('y')])).toEqual([]);
  });

  it('writes a parent heading once, and a new subsection replaces the previous one', () => {
    const body = [heading(2, 'a'), heading(3, 'a1'), tip('exam'), heading(3, 'a2'), tip('trap'), heading(2, 'b'), heading(3, 'b1'), heading(2, 'c'), table];
    expect(shape(condenseBlocks(body))).toEqual(['h2:a', 'h3:a1', 'callout:exam', 'h3:a2', 'callout:trap', 'h2:c', 'table']);
  });
});
