import { useEffect, useState } from 'react';

/** False during prerendering and hydration, true after: pages that depend on browser state render a shell first. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
