/** Money of the adopted plan per fiscal year and tier, against the year's envelopes (cents). */
export interface PlanYear {
  year: number;
  tier1Cents: number;
  tier2Cents: number;
  totalCents: number;
  tier1EnvelopeCents: number;
  tier12EnvelopeCents: number;
}

export function planByYear(
  fiscalYears: readonly { year: number; tier1MoneyCents: number; tier2MoneyCents: number }[],
  allocations: readonly { fiscalYear: number; tier: number; moneyCents: number }[],
): PlanYear[] {
  return [...fiscalYears]
    .sort((a, b) => a.year - b.year)
    .map((fiscalYear) => {
      const ofYear = allocations.filter((allocation) => allocation.fiscalYear === fiscalYear.year);
      const sum = (tier: number) => ofYear.filter((allocation) => allocation.tier === tier).reduce((total, allocation) => total + allocation.moneyCents, 0);
      const tier1Cents = sum(1);
      const tier2Cents = sum(2);
      return {
        year: fiscalYear.year,
        tier1Cents,
        tier2Cents,
        totalCents: tier1Cents + tier2Cents,
        tier1EnvelopeCents: fiscalYear.tier1MoneyCents,
        tier12EnvelopeCents: fiscalYear.tier1MoneyCents + fiscalYear.tier2MoneyCents,
      };
    });
}
