import { Fragment, type ReactNode } from 'react';

import type { Inline } from '@/content/model';
import { AppLink } from '@/ui/app-link';

type InlineOf<K extends Inline['type']> = Extract<Inline, { type: K }>;

/** One small renderer per inline node type (the map is checked against the model with `satisfies`). */
const inlineRenderers = {
  text: ({ node }: { node: InlineOf<'text'> }) => <>{node.value}</>,
  strong: ({ node }: { node: InlineOf<'strong'> }) => <strong><Inlines nodes={node.children} /></strong>,
  emphasis: ({ node }: { node: InlineOf<'emphasis'> }) => <em><Inlines nodes={node.children} /></em>,
  delete: ({ node }: { node: InlineOf<'delete'> }) => <del><Inlines nodes={node.children} /></del>,
  inlineCode: ({ node }: { node: InlineOf<'inlineCode'> }) => <code>{node.value}</code>,
  break: () => <br />,
  link: ({ node }: { node: InlineOf<'link'> }) =>
    node.external ? (
      <a href={node.href} target="_blank" rel="noopener noreferrer">
        <Inlines nodes={node.children} />
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    ) : (
      <AppLink to={node.href}>
        <Inlines nodes={node.children} />
      </AppLink>
    ),
} satisfies { [K in Inline['type']]: (props: { node: InlineOf<K> }) => ReactNode };

export function InlineNode({ node }: { node: Inline }): ReactNode {
  const Render = inlineRenderers[node.type] as (props: { node: Inline }) => ReactNode;
  return <Render node={node} />;
}

export function Inlines({ nodes }: { nodes: Inline[] }): ReactNode {
  return nodes.map((node, i) => (
    <Fragment key={i}>
      <InlineNode node={node} />
    </Fragment>
  ));
}

export { inlineText } from '@/content/plain-text';
