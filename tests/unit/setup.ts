import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom does not implement scrolling; react-router's scroll restoration calls it.
if (typeof window !== 'undefined') window.scrollTo = () => {};

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
