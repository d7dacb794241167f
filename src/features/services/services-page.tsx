import type { ReactNode } from 'react';

import { DocumentMeta } from '@/shared/document-meta';
import { paths } from '@/shared/paths';
import { pageTitle, type RouteHandle } from '@/shared/route-meta';
import { servicesIndex, serviceSortName, type ServiceEntry } from '@/content/services-index';
import { fullCourse, findLayer } from '@/features/course/course-index';
import { useLoaderData } from 'react-router';
import type { CourseIndex } from '@/content/model';
import { CopyLinkButton } from '@/features/share/share-button';
import { AppLink } from '@/ui/app-link';
import { partShortLabel } from '@/content/layer-labels';

export const handle: RouteHandle = {
  meta: () => ({
    title: pageTitle('AWS services A–Z'),
    description: 'Every AWS service the course teaches, A–Z, with the OSI layers and topics that cover it.',
  }),
};

const initial = (entry: ServiceEntry): string => serviceSortName(entry.name).charAt(0).toUpperCase();

function Service({ entry }: { entry: ServiceEntry }): ReactNode {
  return (
    <li className="service-entry">
      <h3 id={entry.id} className="section-heading">
        {entry.name}
        <CopyLinkButton hash={entry.id} label={entry.name} />
      </h3>
      <p className="service-layers">
        {entry.layers.map((slug) => {
          const layer = findLayer(slug);
          return layer ? (
            <AppLink key={slug} className="layer-chip" to={paths.layer(slug)}>
              {partShortLabel(layer)}
            </AppLink>
          ) : null;
        })}
      </p>
      {entry.topics.length > 0 && (
        <ul className="service-topics">
          {entry.topics.map((t) => (
            <li key={`${t.layer}/${t.slug}`}>
              <AppLink to={paths.topic(t.layer, t.slug)}>{t.title}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** `/services`: the services of every part and topic, which the main bundle does not carry. */
export async function loader(): Promise<{ course: CourseIndex }> {
  return { course: await fullCourse() };
}

/** `/services`: every AWS service the course names, A–Z, with the layers and topics that teach it. */
export function Component(): ReactNode {
  const { course } = useLoaderData() as { course: CourseIndex };
  const services = servicesIndex(course);
  const letters = [...new Set(services.map(initial))];
  return (
    <div className="services-page">
      <DocumentMeta />
      <h1>AWS services A–Z</h1>
      <p className="lead">
        {services.length} AWS services, filed without their “AWS” or “Amazon” prefix. A service can protect more than one layer.
      </p>
      <nav aria-label="Letters" className="letter-nav">
        <ul>
          {letters.map((l) => (
            <li key={l}>
              <a href={`#letter-${l}`}>{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((l) => (
        <section key={l} aria-labelledby={`letter-${l}`}>
          <h2 id={`letter-${l}`} className="letter-heading">{l}</h2>
          <ul className="service-list">
            {services.filter((s) => initial(s) === l).map((s) => <Service key={s.id} entry={s} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}
