import type { ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { paths } from '@/shared/paths';
import { course } from '@/features/course/course-index';
import { AppLink } from '@/ui/app-link';
import { isCrossLayer } from '@/content/layer-labels';

/** The whole course: the seven layers, each collapsible with its topics; the current page is marked. */
export function CourseSidebar({ id }: { id: string }): ReactNode {
  const { layer: currentLayer } = useParams();
  const pathname = useLocation().pathname.replace(/(.)\/+$/, '$1');
  const link = (to: string, label: ReactNode): ReactNode => (
    <AppLink to={to} current={pathname === to}>
      {label}
    </AppLink>
  );
  return (
    <nav className="sidebar" aria-label="Course" id={id}>
      <ul className="sidebar-extra">
        <li>
          {link(paths.home(), 'All layers')}
        </li>
        <li>
          {link(paths.services(), 'AWS services A–Z')}
        </li>
        <li>
          {link(paths.about(), 'About the course')}
        </li>
      </ul>
      <ul className="sidebar-layers">
        {course.layers.map((layer) => (
          <li key={layer.slug}>
            {/* The current layer opens on arrival; the learner can open and close any layer. */}
            <details open={layer.slug === currentLayer || undefined} key={`${layer.slug}-${layer.slug === currentLayer}`}>
              <summary>
                <span className="sidebar-number">{isCrossLayer(layer) ? '∗' : layer.number}</span> {layer.title}
              </summary>
              <ul>
                <li>
                  {link(paths.layer(layer.slug), 'Overview')}
                </li>
                {layer.topics.map((t) => (
                  <li key={t.slug}>
                    {link(paths.topic(layer.slug, t.slug), t.title)}
                  </li>
                ))}
                <li>{link(paths.cheatSheet(layer.slug), 'Cheat sheet')}</li>
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </nav>
  );
}
