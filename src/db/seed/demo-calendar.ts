/**
 * Every demo date is an offset from one fixed day, so the seed is reproducible and the story
 * stays coherent: engagement sessions and the requests heard in them through 2025, and a
 * budget cycle that starts in FY2027.
 */
export const DEMO_BASE_DATE = new Date(Date.UTC(2026, 1, 2));

const DAY_MS = 24 * 60 * 60 * 1000;

/** `days` after the base date (negative: before), at a local-evening hour in UTC. */
export function demoDate(days: number, hourUtc = 18): Date {
  return new Date(DEMO_BASE_DATE.getTime() + days * DAY_MS + hourUtc * 60 * 60 * 1000);
}

export const DEMO_FISCAL_YEARS = [2027, 2028, 2029, 2030] as const;
export const DEMO_LAST_FISCAL_YEAR = DEMO_FISCAL_YEARS[DEMO_FISCAL_YEARS.length - 1];
