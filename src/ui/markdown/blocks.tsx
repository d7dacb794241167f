import { createElement, Fragment, memo, type ReactNode } from 'react';
import type { Block, CalloutKind } from '@/content/model';
import { Inlines } from './inlines';
import { useMarkdownComponents } from './markdown-components';
import { headingTag, useMarkdownScope } from './markdown-scope';

type BlockOf<K extends Block['type']> = Extract<Block, { type: K }>;

const CALLOUT_LABELS: Record<CalloutKind, string> = {
  exam: 'Exam tip',
  trap: 'Common trap',
  changed: 'Changed since the source',
  note: 'Note',
};

function Heading({ node }: { node: BlockOf<'heading'> }): ReactNode {
  const scope = useMarkdownScope();
  const { SectionLink } = useMarkdownComponents();
  const id = `${scope.idPrefix}${node.id}`;
  // The level depends on where the body is shown (see markdown-scope), so the element is chosen here.
  return createElement(
    headingTag(node.depth, scope),
    { id, className: 'section-heading' },
    <Inlines nodes={node.children} />,
    scope.sectionLinks && (
      <>
        <a className="heading-anchor" href={`#${id}`} aria-label={`Link to section: ${node.text}`}>
          #
        </a>
        {SectionLink && <SectionLink hash={id} label={`section: ${node.text}`} />}
      </>
    ),
  );
}

function Diagram({ node }: { node: BlockOf<'mermaid'> }): ReactNode {
  const { idPrefix } = useMarkdownScope();
  const { Diagram: Renderer } = useMarkdownComponents();
  return <Renderer id={`${idPrefix}${node.id}`} title={node.title} source={node.source} />;
}

function CodeBlock({ node }: { node: BlockOf<'code'> }): ReactNode {
  return (
    <pre className={`code-block lang-${node.lang || 'text'}`} tabIndex={0} aria-label={`${node.lang || 'text'} code`}>
      <code>
        {node.tokens
          ? node.tokens.map((t, i) => (t.kind === 'plain' ? t.text : <span key={i} className={`tok-${t.kind}`}>{t.text}</span>))
          : node.value}
      </code>
    </pre>
  );
}

function Table({ node }: { node: BlockOf<'table'> }): ReactNode {
  const style = (i: number) => (node.align[i] ? { textAlign: node.align[i] ?? undefined } : undefined);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Table">
      <table>
        <thead>
          <tr>{node.head.map((cell, i) => <th key={i} scope="col" style={style(i)}><Inlines nodes={cell} /></th>)}</tr>
        </thead>
        <tbody>
          {node.rows.map((row, r) => (
            <tr key={r}>{row.map((cell, i) => <td key={i} style={style(i)}><Inlines nodes={cell} /></td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function List({ node }: { node: BlockOf<'list'> }): ReactNode {
  const items = node.items.map((item, i) => (
    <li key={i} className={item.checked === null ? undefined : 'task'}>
      <Blocks blocks={item.children} tight />
    </li>
  ));
  return node.ordered ? <ol start={node.start === 1 ? undefined : node.start}>{items}</ol> : <ul>{items}</ul>;
}

const blockRenderers = {
  paragraph: ({ node }: { node: BlockOf<'paragraph'> }) => <p><Inlines nodes={node.children} /></p>,
  heading: Heading,
  list: List,
  code: CodeBlock,
  mermaid: Diagram,
  callout: ({ node }: { node: BlockOf<'callout'> }) => (
    <aside className={`callout callout-${node.kind}`} aria-label={CALLOUT_LABELS[node.kind]}>
      <p className="callout-label">{CALLOUT_LABELS[node.kind]}</p>
      <Blocks blocks={node.children} />
    </aside>
  ),
  blockquote: ({ node }: { node: BlockOf<'blockquote'> }) => <blockquote><Blocks blocks={node.children} /></blockquote>,
  table: Table,
  thematicBreak: () => <hr />,
} satisfies { [K in Block['type']]: (props: { node: BlockOf<K> }) => ReactNode };

export function BlockNode({ node }: { node: Block }): ReactNode {
  const Render = blockRenderers[node.type] as (props: { node: Block }) => ReactNode;
  return <Render node={node} />;
}

/**
 * Renders compiled Markdown blocks. `tight` unwraps a lone paragraph (list items). Memoised: the blocks come from
 * loader data and never change, so a page re-rendering for progress or a quiz answer skips its whole body.
 */
export const Blocks = memo(function Blocks({ blocks, tight = false }: { blocks: Block[]; tight?: boolean }): ReactNode {
  const only = blocks[0];
  if (tight && blocks.length === 1 && only?.type === 'paragraph') return <Inlines nodes={only.children} />;
  return blocks.map((node, i) => (
    <Fragment key={i}>
      <BlockNode node={node} />
    </Fragment>
  ));
});
