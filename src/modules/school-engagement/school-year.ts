import { BadUserInputError } from '../../core/errors';
import { SchoolReportPeriod } from './school-recommendation.entity';

/** A school year runs from 1 July to 30 June (UTC); "2026-27" starts on 1 July 2026. */
export interface SchoolYearWindow {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  until: Date;
}

export function schoolYearWindow(schoolYear: string): SchoolYearWindow {
  const match = /^(\d{4})-(\d{2})$/.exec(schoolYear);
  const first = match ? Number(match[1]) : NaN;
  if (!match || Number(match[2]) !== (first + 1) % 100) {
    throw new BadUserInputError(`schoolYear must name two consecutive years, like 2026-27; got "${schoolYear}"`, { schoolYear });
  }
  return { from: new Date(Date.UTC(first, 6, 1)), until: new Date(Date.UTC(first + 1, 6, 1)) };
}

/** MID_YEAR: 1 July to 31 December; END_OF_YEAR: the whole school year (cumulative). */
export function reportWindow(schoolYear: string, period: SchoolReportPeriod): SchoolYearWindow {
  const year = schoolYearWindow(schoolYear);
  if (period === SchoolReportPeriod.END_OF_YEAR) return year;
  return { from: year.from, until: new Date(Date.UTC(year.from.getUTCFullYear() + 1, 0, 1)) };
}

export function within(window: SchoolYearWindow, at: Date): boolean {
  return at >= window.from && at < window.until;
}
