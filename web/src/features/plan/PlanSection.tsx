import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { AdoptedPlanDocument, AdoptedScenarioItemsDocument, BudgetCyclesForPlanDocument, PlanScenariosDocument } from '../../generated/graphql';
import { fiscalYearLabel, formatDate, formatMoneyCents } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live-updates';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useLocale } from '../../components/useLocale';
import { planByYear, type PlanYear } from './plan-by-year';

const PlanChart = lazy(() => import('./PlanChart'));

/**
 * The adopted plan in plain words, and its money by year and tier against the envelopes.
 * onSettled is called once the plan table (or an error, or "no cycle") is on screen, so the page
 * can hold back the sections below until then.
 */
export function PlanSection({ onSettled }: { onSettled?: () => void }) {
  const { t } = useTranslation();
  const [cycles] = useQuery({ query: BudgetCyclesForPlanDocument });
  const [chosenCycleId, setChosenCycleId] = useState<string | null>(null);
  const cycleList = cycles.data?.budgetCycles ?? [];
  const cycle = cycleList.find((candidate) => candidate.id === chosenCycleId) ?? cycleList.find((candidate) => candidate.status === 'ADOPTED') ?? cycleList[0];
  const noPlanToShow = Boolean(cycles.error) || (cycles.data !== undefined && !cycle);
  useEffect(() => {
    if (noPlanToShow) onSettled?.();
  }, [noPlanToShow, onSettled]);

  return (
    <section aria-labelledby="plan-heading" className="card">
      <h2 id="plan-heading">{t('plan.heading')}</h2>
      <p>{t('plan.intro')}</p>
      <QueryState fetching={cycles.fetching} error={cycles.error}>
        {cycleList.length > 1 && (
          <p>
            <label htmlFor="plan-cycle">{t('plan.cycle')}</label>{' '}
            <select id="plan-cycle" value={cycle?.id ?? ''} onChange={(event) => setChosenCycleId(event.target.value)}>
              {cycleList.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </p>
        )}
        {cycle ? <CyclePlan cycleId={cycle.id} cycleName={cycle.name} fiscalYears={cycle.fiscalYears} onSettled={onSettled} /> : <p>{t('plan.noCycle')}</p>}
      </QueryState>
    </section>
  );
}

function CyclePlan({
  cycleId,
  cycleName,
  fiscalYears,
  onSettled,
}: {
  cycleId: string;
  cycleName: string;
  fiscalYears: { year: number; tier1MoneyCents: number; tier2MoneyCents: number }[];
  onSettled?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [plan, refetchPlan] = useQuery({ query: AdoptedPlanDocument, variables: { cycleId } });
  const [scenarios, refetchScenarios] = useQuery({ query: PlanScenariosDocument, variables: { cycleId } });
  useLiveRefresh('planChanged', () => {
    refetchPlan({ requestPolicy: 'network-only' });
    refetchScenarios({ requestPolicy: 'network-only' });
  });
  const adopted = scenarios.data?.scenarios.find((scenario) => scenario.adopted) ?? null;
  const years = useMemo(() => planByYear(fiscalYears, plan.data?.plan ?? []), [fiscalYears, plan.data]);
  const settled = (plan.data !== undefined || plan.error !== undefined) && (scenarios.data !== undefined || scenarios.error !== undefined);
  useEffect(() => {
    if (settled) onSettled?.();
  }, [settled, onSettled]);
  // The chart library is the largest script of the page: fetch it only once the table (the same
  // figures) is on screen, so it never delays the first useful render.
  const [chartWanted, setChartWanted] = useState(false);
  useEffect(() => {
    if (!plan.data || chartWanted) return;
    const timer = window.setTimeout(() => setChartWanted(true), 0);
    return () => window.clearTimeout(timer);
  }, [plan.data, chartWanted]);

  return (
    <QueryState fetching={(plan.fetching && !plan.data) || (scenarios.fetching && !scenarios.data)} error={plan.error ?? scenarios.error}>
      {adopted ? (
        <p data-testid="adopted-scenario">
          {t('plan.adopted', { cycle: cycleName, scenario: adopted.name, date: adopted.adoptedAt ? formatDate(adopted.adoptedAt, locale) : '' })}
        </p>
      ) : (
        <p data-testid="adopted-scenario">{t('plan.notAdopted', { cycle: cycleName })}</p>
      )}
      <h3>{t('plan.moneyHeading')}</h3>
      {chartWanted ? (
        <Suspense fallback={<ChartPlaceholder />}>
          <PlanChart years={years} />
        </Suspense>
      ) : (
        <ChartPlaceholder />
      )}
      <PlanTable years={years} locale={locale} />
      {adopted && <PlanInWords scenarioId={adopted.id} />}
    </QueryState>
  );
}

/** Keeps the chart's room while its script loads, so the table below does not jump. */
function ChartPlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="chart-placeholder">
      <p className="muted">{t('plan.chart.loading')}</p>
    </div>
  );
}

function PlanTable({ years, locale }: { years: PlanYear[]; locale: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('plan.table.caption')}>
      <caption>{t('plan.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.table.year')}</th>
          <th scope="col">{t('plan.chart.tier1')}</th>
          <th scope="col">{t('plan.chart.tier2')}</th>
          <th scope="col">{t('plan.table.total')}</th>
          <th scope="col">{t('plan.chart.tier1Envelope')}</th>
          <th scope="col">{t('plan.chart.tier12Envelope')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year.year} data-testid="plan-year" data-year={year.year} data-tier1-cents={year.tier1Cents} data-tier2-cents={year.tier2Cents}>
            <th scope="row">{fiscalYearLabel(year.year)}</th>
            <td>{formatMoneyCents(year.tier1Cents, locale)}</td>
            <td>{formatMoneyCents(year.tier2Cents, locale)}</td>
            <td>{formatMoneyCents(year.totalCents, locale)}</td>
            <td>{formatMoneyCents(year.tier1EnvelopeCents, locale)}</td>
            <td>{formatMoneyCents(year.tier12EnvelopeCents, locale)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function PlanInWords({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: AdoptedScenarioItemsDocument, variables: { scenarioId } });
  const items = result.data?.scenario.items ?? [];
  return (
    <QueryState fetching={result.fetching && !result.data} error={result.error}>
      {[1, 2, 3].map((tier) => {
        const ofTier = items.filter((item) => item.tier === tier).sort((a, b) => a.rank - b.rank);
        return (
          <section key={tier} aria-labelledby={`tier-${tier}-heading`} className={`tier-block tier-block-${tier}`}>
            <h3 id={`tier-${tier}-heading`}>
              {t(`tiers.long.${tier}`)} <span className="count">({ofTier.length})</span>
            </h3>
            <p className="muted">{t(`tiers.explain.${tier}`)}</p>
            {ofTier.length === 0 ? (
              <p>{t('plan.noneInTier')}</p>
            ) : (
              <ul className="item-list">
                {ofTier.map((item) => (
                  <li key={item.id}>
                    <strong>{item.request.title}</strong>
                    {item.startYear !== null && tier < 3 && <> · {t('plan.startsIn', { year: fiscalYearLabel(item.startYear) })}</>}
                    <br />
                    <span className="muted">{t('plan.why')}: {item.reason}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </QueryState>
  );
}
