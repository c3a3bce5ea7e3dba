import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CompareTwoScenariosDocument } from '../../generated/graphql';
import { fiscalYearLabel, formatMoneyCents } from '../../lib/format';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useLocale } from '../../components/useLocale';

function placement(t: TFunction, tier: number | null, year: number | null): string {
  if (tier === null) return t('compare.notPlaced');
  return year === null ? t('tiers.short.' + tier) : `${t('tiers.short.' + tier)} · ${fiscalYearLabel(year)}`;
}

/** Scenario a against b: what moved, money per year and tier, coverage gained or lost. */
export function ScenarioComparison({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result] = useQuery({ query: CompareTwoScenariosDocument, variables: { a, b } });
  const comparison = result.data?.compareScenarios;
  return (
    <section className="card" aria-labelledby="compare-heading">
      <QueryState fetching={result.fetching && !result.data} error={result.error}>
        {comparison && (
          <>
            <h2 id="compare-heading">{t('compare.heading', { a: comparison.a.name, b: comparison.b.name })}</h2>
            <h3>{t('compare.moved', { count: comparison.changedItems.length })}</h3>
            {comparison.changedItems.length > 0 && (
              <ScrollTable label={t('compare.movedCaption')}>
                <caption>{t('compare.movedCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('scenarioDetail.request')}</th>
                    <th scope="col">{comparison.a.name}</th>
                    <th scope="col">{comparison.b.name}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.changedItems.map((change) => (
                    <tr key={change.request.id} data-testid="changed-item">
                      <th scope="row">{change.request.title}</th>
                      <td>{placement(t, change.tierA, change.startYearA)}</td>
                      <td>{placement(t, change.tierB, change.startYearB)}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            )}
            <ScrollTable label={t('compare.moneyCaption')}>
              <caption>{t('compare.moneyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.table.year')}</th>
                  <th scope="col">{t('scenarioDetail.tier')}</th>
                  <th scope="col">{comparison.a.name}</th>
                  <th scope="col">{comparison.b.name}</th>
                  <th scope="col">{t('compare.delta')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.moneyByYearAndTier.map((row) => (
                  <tr key={`${row.year}:${row.tier}`}>
                    <th scope="row">{fiscalYearLabel(row.year)}</th>
                    <td>{t('tiers.short.' + row.tier)}</td>
                    <td>{formatMoneyCents(row.moneyCentsA, locale)}</td>
                    <td>{formatMoneyCents(row.moneyCentsB, locale)}</td>
                    <td>
                      {row.deltaCents > 0 ? '+' : ''}
                      {formatMoneyCents(row.deltaCents, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            <h3>{t('compare.gained')}</h3>
            <p>{comparison.groupsGainedCoverage.length ? comparison.groupsGainedCoverage.map((group) => group.name).join(', ') : t('compare.noGroups')}</p>
            <h3>{t('compare.lost')}</h3>
            <p>{comparison.groupsLostCoverage.length ? comparison.groupsLostCoverage.map((group) => group.name).join(', ') : t('compare.noGroups')}</p>
          </>
        )}
      </QueryState>
    </section>
  );
}
