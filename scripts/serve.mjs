#!/usr/bin/env node
// A static file server that behaves like a real static host: /x is served from x/index.html, hashed assets get
// long cache lifetimes, and anything unknown gets the 404 page (status 404), which the app renders for its URL.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
// The headers a host should send, from the module that also gives the pages their <meta> policy (and the README and
// SECURITY.md their tables): one source, so the served header and the built pages cannot drift apart.
import { SECURITY_HEADERS } from '../src/app/security-headers.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2',
};

// Text is compressed the way CloudFront or any CDN compresses it, so measured transfer sizes are realistic.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** Maps a URL path to a file in dist, the way CloudFront + S3 or GitHub Pages would. */
export function resolveFile(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const direct = join(root, clean);
  if (!direct.startsWith(root)) return null;
  if (isFile(direct)) return direct;
  const index = join(direct, 'index.html');
  if (isFile(index)) return index;
  if (isFile(`${direct}.html`)) return `${direct}.html`;
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = null;
  try {
    file = resolveFile(url.pathname);
  } catch {
    file = null;
  }
  const status = file ? 200 : 404;
  file ??= join(root, '404.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const hashed = file.includes(`${join(root, 'assets')}`);
  const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') return res.end();
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Seven Layers is being served from ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
