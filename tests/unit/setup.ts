import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom does not implement scrolling; react-router's scroll restoration calls it.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// Lazy route modules are transformed on first use; on a busy machine that takes more than the default 1 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
