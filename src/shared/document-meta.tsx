import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { metaFromMatches } from './route-meta';

/** Keeps <title> and the description in step with the route after client-side navigation. */
export function DocumentMeta({ override }: { override?: { title: string; description: string } }): null {
  const matches = useMatches();
  const meta = override ?? metaFromMatches(matches);
  useEffect(() => {
    document.title = meta.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  }, [meta.title, meta.description]);
  return null;
}
