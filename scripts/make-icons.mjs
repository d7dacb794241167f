#!/usr/bin/env node
// Draws the PNG app icons from public/icons/icon.svg with Debian's Chromium (no network, no image library).
// Run once after changing the SVG: `node scripts/make-icons.mjs`; the PNGs are committed.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

// A maskable icon keeps its mark inside the central 80% safe zone on a full-bleed background.
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'public/icons/icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'public/icons/icon-maskable-512.png', size: 512, inset: 0.12, background: '#1d4ed8' },
  { file: 'public/icons/apple-touch-icon.png', size: 180, inset: 0.06, background: '#1d4ed8' },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const { file, size, inset, background } of icons) {
  const pad = Math.round(size * inset);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:${background}"><img src="${dataUrl}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
  );
  await page.screenshot({ path: file, omitBackground: background === 'transparent' });
  console.log(`wrote ${file}`);
}
await browser.close();
