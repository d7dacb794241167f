import type { Block } from '@/content/model';

/** What a cheat sheet keeps of a topic: its exam tips and traps, its diagrams and its tables. */
const isKeyBlock = (block: Block): boolean =>
  block.type === 'mermaid' || block.type === 'table' || (block.type === 'callout' && (block.kind === 'exam' || block.kind === 'trap'));

/**
 * The key points of a topic body, for a cheat sheet: every exam tip, trap, diagram and table, each under the
 * headings of the section it came from (so the reader still knows what it is about); prose and sections with
 * nothing to keep are left out.
 */
export function condenseBlocks(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  // The headings above the current block, by depth; a heading is written out only when something under it is kept.
  const open: (Extract<Block, { type: 'heading' }> | undefined)[] = [];
  const written = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'heading') {
      open.length = block.depth;
      open[block.depth] = block;
      continue;
    }
    if (!isKeyBlock(block)) continue;
    for (const heading of open) {
      if (!heading || written.has(heading.id)) continue;
      written.add(heading.id);
      kept.push(heading);
    }
    kept.push(block);
  }
  return kept;
}
