/**
 * Output rounding, in one place so every number in a result is rounded the
 * same way: money to cents, FTE and scores to 4 decimals, objectives and gaps
 * to 6. Computation always uses full precision.
 */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Round up, so "needs $X more" is always enough. */
function roundUpTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.max(0, Math.ceil(value * factor - 1e-6) / factor);
}

export const roundMoney = (value: number) => roundTo(value, 2);
export const roundFte = (value: number) => roundTo(value, 4);
export const roundScore = (value: number) => roundTo(value, 4);
export const roundObjective = (value: number) => roundTo(value, 6);
export const roundMoneyUp = (value: number) => roundUpTo(value, 2);
export const roundFteUp = (value: number) => roundUpTo(value, 4);

/** $12,400 or $12,400.50; hand-rolled so output never depends on the ICU build. */
export function formatMoney(value: number): string {
  const cents = Math.round(value * 100);
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents % 100;
  return fraction === 0 ? `$${whole}` : `$${whole}.${fraction.toString().padStart(2, '0')}`;
}

export function formatFte(value: number): string {
  return `${roundFte(value)}`;
}
