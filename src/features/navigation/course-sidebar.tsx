import type { ReactNode } from 'react';
import { NavLink, useParams } from 'react-router';
import { paths } from '@/app/paths';
import { course } from '@/features/course/course-index';

/** The whole course: the seven layers, each collapsible with its topics; the current page is marked. */
export function CourseSidebar({ id }: { id: string }): ReactNode {
  const { layer: currentLayer } = useParams();
  return (
    <nav className="sidebar" aria-label="Course" id={id}>
      <ul className="sidebar-extra">
        <li>
          <NavLink to={paths.home()} end>All layers</NavLink>
        </li>
        <li>
          <NavLink to={paths.services()}>AWS services A–Z</NavLink>
        </li>
        <li>
          <NavLink to={paths.about()}>About the course</NavLink>
        </li>
      </ul>
      <ul className="sidebar-layers">
        {course.layers.map((layer) => (
          <li key={layer.slug}>
            {/* The current layer opens on arrival; the learner can open and close any layer. */}
            <details open={layer.slug === currentLayer || undefined} key={`${layer.slug}-${layer.slug === currentLayer}`}>
              <summary>
                <span className="sidebar-number">{layer.number}</span> {layer.title}
              </summary>
              <ul>
                <li>
                  <NavLink to={paths.layer(layer.slug)} end>
                    Overview
                  </NavLink>
                </li>
                {layer.topics.map((t) => (
                  <li key={t.slug}>
                    <NavLink to={paths.topic(layer.slug, t.slug)}>{t.title}</NavLink>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </nav>
  );
}
