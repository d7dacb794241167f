// The web app manifest (served as /manifest.webmanifest): what makes the course installable as an app.
import type { ManifestOptions } from 'vite-plugin-pwa';

export const webAppManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Seven Layers: AWS security through the OSI model',
  short_name: 'Seven Layers',
  description: 'Study AWS security layer by layer for the AWS Certified Security – Specialty (SCS-C03) exam. Works offline.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1d4ed8',
  lang: 'en',
  categories: ['education'],
  icons: [
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
