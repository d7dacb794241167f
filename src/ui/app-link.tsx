import { useEffect, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An absolute in-app path, built with `paths` (e.g. `/layers/presentation/kms#rotation`). */
  to: string;
  /** Marks the link to the page being shown (`aria-current="page"`). */
  current?: boolean;
};

/**
 * A link to a page of the app, as a plain anchor. react-router's `<Link>` runs several hooks and builds a URL object
 * per link on every render; a page with the course sidebar holds over a hundred links, and on a phone that work
 * alone blocked the main thread for a quarter of a second while hydrating. These anchors carry no per-link logic:
 * one listener at the root (`useAppLinkNavigation`) turns their clicks into client-side navigations.
 */
export function AppLink({ to, current, ...anchor }: AppLinkProps): ReactNode {
  return <a {...anchor} href={to} data-app-link="" aria-current={current ? 'page' : anchor['aria-current']} />;
}

/** Which clicks on an app link the router should take over; anything else is left to the browser. */
export function routedPath(event: MouseEvent, origin: string): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const target = event.target;
  const anchor = target instanceof Element ? target.closest('a[data-app-link]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download') || anchor.origin !== origin) return null;
  return `${anchor.pathname}${anchor.search}${anchor.hash}`;
}

/** Routes clicks on every `AppLink` through the router (once, at the root of the app). */
export function useAppLinkNavigation(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent): void => {
      const path = routedPath(event, window.location.origin);
      if (path === null) return;
      event.preventDefault();
      void navigate(path);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
}
