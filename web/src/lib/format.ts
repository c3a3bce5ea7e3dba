/**
 * The one place money, numbers and dates are formatted, per the interface language. Amounts are
 * dollars; the API counts cents.
 */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoneyCents(cents: number, locale: string): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    moneyFormats.set(locale, format);
  }
  return format.format(cents / 100);
}

export function formatCompactMoneyCents(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(cents / 100);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** share is 0..1 */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** value is 0..100 */
export function formatPercent(value: number, locale: string): string {
  return formatShare(value / 100, locale);
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Fiscal years keep Latin digits in every locale so they read as the district's own labels. */
export function fiscalYearLabel(year: number): string {
  return `FY${year}`;
}

/** The name of an ISO 639 language code in the interface language ("so" -> "Somali"); the code itself when unknown. */
export function formatLanguage(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
