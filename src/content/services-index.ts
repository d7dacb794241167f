// The services index: every AWS service the course names, with the layers and topics that teach it (pure).
import type { LayerSlug } from './constants';
import type { TopicSummary } from './model';

/** What the services index needs of a topic (the browser's index carries no more). */
export type ServiceTopic = Pick<TopicSummary, 'layer' | 'slug' | 'title' | 'services'>;

/** What it needs of the course: the full index at build time, the browser's smaller one at run time. */
export interface ServiceSource {
  layers: { slug: LayerSlug; services: string[]; topics: ServiceTopic[] }[];
}

export interface ServiceEntry {
  name: string;
  /** The service's anchor on /services. */
  id: string;
  /** Layers whose overview or topics name it, top to bottom. */
  layers: LayerSlug[];
  topics: ServiceTopic[];
}

/** The anchor of a service on /services: `AWS WAF` → `aws-waf`. */
export const serviceId = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Sort key that files `AWS WAF` under W and `Amazon GuardDuty` under G, as people look for them. */
export const serviceSortName = (name: string): string => name.replace(/^(AWS|Amazon)\s+/, '').toLowerCase();

/** Every service named by a layer overview or a topic, A–Z by its name without the AWS/Amazon prefix. */
export function servicesIndex(course: ServiceSource): ServiceEntry[] {
  const byName = new Map<string, ServiceEntry>();
  const entry = (name: string): ServiceEntry => {
    const found = byName.get(name) ?? { name, id: serviceId(name), layers: [], topics: [] };
    byName.set(name, found);
    return found;
  };
  for (const layer of course.layers) {
    for (const name of layer.services) entry(name).layers.push(layer.slug);
    for (const topic of layer.topics) {
      for (const name of topic.services) {
        const e = entry(name);
        e.topics.push(topic);
        if (!e.layers.includes(layer.slug)) e.layers.push(layer.slug);
      }
    }
  }
  const order = course.layers.map((l) => l.slug);
  for (const e of byName.values()) e.layers.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...byName.values()].sort((a, b) => serviceSortName(a.name).localeCompare(serviceSortName(b.name)));
}
