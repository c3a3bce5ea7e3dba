import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone: it scrolls inside its own keyboard-reachable region,
 * so the page itself never scrolls sideways.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}
