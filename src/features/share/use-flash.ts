import { useEffect, useRef, useState } from 'react';

/** A message that shows for a moment (e.g. "Link copied") and then clears itself. */
export function useFlash(ms = 2000): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = (next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(''), ms);
  };
  return [message, flash];
}
