import { describe, expect, it } from 'vitest';
import { readHydration, serialiseHydration } from './hydration';

function docWith(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('hydration data', () => {
  it('round-trips through a JSON block that cannot be closed from inside', () => {
    const loaderData = { topic: { title: '</script><script>alert(1)</script> & <!--' } };
    const html = serialiseHydration({ path: '/layers/application/aws-waf', loaderData });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('type="application/json"');
    expect(readHydration(docWith(html), '/layers/application/aws-waf')).toEqual({ loaderData });
  });

  it('is ignored when the HTML was rendered for another path (a shell or the 404 page)', () => {
    const html = serialiseHydration({ path: '/', loaderData: {} });
    expect(readHydration(docWith(html), '/layers/nope')).toBeNull();
    expect(readHydration(docWith('<p>no data</p>'), '/')).toBeNull();
  });

  it('treats a trailing slash as the same page', () => {
    const html = serialiseHydration({ path: '/layers/application', loaderData: { a: 1 } });
    expect(readHydration(docWith(html), '/layers/application/')).toEqual({ loaderData: { a: 1 } });
  });
});
