// @vitest-environment node
// The dev server compiles content on the fly: a broken file shows its file:line error, and fixing it recovers
// without a restart.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ViteDevServer;
let topic: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seven-layers-dev-'));
  cpSync('tests/fixtures/course', join(dir, 'content'), { recursive: true });
  topic = join(dir, 'content', '07-application', 'waf.md');
  process.env.CONTENT_DIR = join(dir, 'content');
  server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, strictPort: false, hmr: false }, logLevel: 'silent' });
});

afterAll(async () => {
  delete process.env.CONTENT_DIR;
  await server?.close();
});

/** Loads the course index module the way the browser would ask for it. */
async function loadIndex(): Promise<{ ok: true; code: string } | { ok: false; message: string }> {
  try {
    const result = await server.transformRequest('virtual:course');
    return { ok: true, code: result?.code ?? '' };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

describe('dev server', () => {
  it('serves the course, reports a broken file with file:line, and recovers when it is fixed', async () => {
    const first = await loadIndex();
    expect(first.ok && first.code).toContain('AWS WAF');

    const good = readFileSync(topic, 'utf8');
    writeFileSync(topic, good.replace('order: 1', 'order: 1\ncolour: red'));
    server.watcher.emit('change', topic);
    const broken = await loadIndex();
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/07-application\/waf\.md:9: unknown front matter key "colour"/);

    writeFileSync(topic, good.replace('title: AWS WAF', 'title: AWS WAF (edited)'));
    server.watcher.emit('change', topic);
    const fixed = await loadIndex();
    expect(fixed.ok && fixed.code).toContain('AWS WAF (edited)');
  });
});
