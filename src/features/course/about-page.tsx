import type { ReactNode } from 'react';
import { loadIntro } from 'virtual:course/loaders';
import { useLoaderData } from 'react-router';
import { DocumentMeta } from '@/shared/document-meta';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { Blocks } from '@/ui/markdown/blocks';

/** `/about`: the course introduction from content/_course.md. */
export async function loader() {
  return (await loadIntro()).default;
}

export const handle: RouteHandle = {
  meta: () => ({ title: pageTitle('How this course works'), description: 'How Seven Layers maps AWS security services onto the OSI model, and how to study with it.' }),
};

export function Component(): ReactNode {
  const intro = useLoaderData() as Awaited<ReturnType<typeof loader>>;
  return (
    <article className="prose about-page">
      <DocumentMeta />
      <h1>How this course works</h1>
      <Blocks blocks={intro.blocks} />
    </article>
  );
}
