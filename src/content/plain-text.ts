// Plain text of compiled Markdown, for labels, titles and the search index (pure: runs in Node and the browser).
import type { Block, Inline } from './model';

/** Plain text of inline nodes (for labels and titles). */
export function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? inlineText(n.children) : ' ')).join('');
}

const blockTexts = {
  paragraph: (b) => inlineText(b.children),
  heading: (b) => b.text,
  list: (b) => b.items.map((item) => blocksText(item.children)).join('\n'),
  code: (b) => b.value,
  mermaid: (b) => b.title,
  callout: (b) => blocksText(b.children),
  blockquote: (b) => blocksText(b.children),
  table: (b) => [b.head, ...b.rows].map((row) => row.map(inlineText).join(' ')).join('\n'),
  thematicBreak: () => '',
} satisfies { [K in Block['type']]: (block: Extract<Block, { type: K }>) => string };

/** Plain text of blocks, one block per line. */
export function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (blockTexts[b.type] as (block: Block) => string)(b))
    .filter(Boolean)
    .join('\n');
}
