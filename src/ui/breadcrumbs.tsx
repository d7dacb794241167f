import type { ReactNode } from 'react';
import { AppLink } from '@/ui/app-link';


export interface Crumb {
  label: string;
  to?: string;
}

/** A breadcrumb trail; the last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }): ReactNode {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((crumb, i) => (
          <li key={i}>
            {crumb.to && i < trail.length - 1 ? <AppLink to={crumb.to}>{crumb.label}</AppLink> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
