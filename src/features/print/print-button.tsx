import { useState, type ReactNode } from 'react';
import { printWithDiagrams } from './print-page';

/** Prints the page once its diagrams are drawn; says how many are left meanwhile. */
export function PrintButton({ children = 'Print' }: { children?: ReactNode }): ReactNode {
  const [waiting, setWaiting] = useState<number | null>(null);
  const print = async (): Promise<void> => {
    setWaiting(0);
    try {
      await printWithDiagrams(setWaiting);
    } finally {
      setWaiting(null);
    }
  };
  return (
    <span className="print-button">
      <button type="button" className="button" onClick={() => void print()} disabled={waiting !== null}>
        {children}
      </button>{' '}
      <span role="status" className="muted">
        {waiting ? `Drawing diagrams for paper: ${waiting} to go…` : ''}
      </span>
    </span>
  );
}
