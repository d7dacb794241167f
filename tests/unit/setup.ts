import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy route modules load through Vite's transform on first use, which is slow on a busy CI machine.
configure({ asyncUtilTimeout: 10_000 });

// jsdom does not implement scrolling; react-router's scroll restoration calls it.
if (typeof window !== 'undefined') window.scrollTo = () => {};

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
