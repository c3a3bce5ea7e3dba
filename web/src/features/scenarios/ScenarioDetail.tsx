import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { AdoptWhatIfDocument, ScenarioDetailDocument } from '../../generated/graphql';
import { fiscalYearLabel, formatMoneyCents, formatNumber } from '../../lib/format';
import { errorMessage, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { TierBadge } from '../../components/TierBadge';
import { useLocale } from '../../components/useLocale';
import { useLiveRefresh } from '../../lib/live-updates';
import { ScenarioRun } from './ScenarioRun';

/** Every item of a scenario with its reason and what it would take to move up; adopt it. */
export function ScenarioDetail({ id, followedAbove, onAdopted }: { id: string; followedAbove: boolean; onAdopted: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result, refetch] = useQuery({ query: ScenarioDetailDocument, variables: { id } });
  const [adoption, adopt] = useMutation(AdoptWhatIfDocument);
  const scenario = result.data?.scenario;
  const unfinished = scenario?.status === 'QUEUED' || scenario?.status === 'RUNNING';
  // A run shown before it finished: read it again once a run completes.
  useLiveRefresh('scenarioCompleted', () => {
    if (unfinished) refetch({ requestPolicy: 'network-only' });
  });

  async function adoptScenario() {
    const adopted = await adopt({ id });
    if (adopted.data) {
      refetch({ requestPolicy: 'network-only' });
      onAdopted();
    }
  }

  return (
    <section className="card" aria-labelledby="scenario-detail-heading">
      <QueryState fetching={result.fetching && !result.data} error={result.error}>
        {scenario && (
          <>
            <h2 id="scenario-detail-heading">{t('scenarioDetail.heading', { name: scenario.name })}</h2>
            <p>
              {t('scenarioDetail.summary', {
                solver: scenario.solver,
                status: t(`scenarioStatus.${scenario.status}`),
                seconds: scenario.solveMillis === null ? '—' : formatNumber(scenario.solveMillis / 1000, locale, 1),
              })}
            </p>
            {scenario.failureMessage && <p className="notice notice-error">{scenario.failureMessage}</p>}
            {/* A run still queued or solving, started earlier or by a colleague: follow it here (the form follows its own). */}
            {unfinished && !followedAbove && (
              <ScenarioRun scenarioId={scenario.id} name={scenario.name} onFinished={() => refetch({ requestPolicy: 'network-only' })} />
            )}
            <ul className="inline-list">
              {scenario.tiers.map((tier) => (
                <li key={tier.tier}>
                  {t('scenarioDetail.tierSummary', {
                    tier: tier.tier,
                    objective: formatNumber(tier.objective, locale, 3),
                    status: tier.status,
                    gap: tier.gap === null ? '—' : formatNumber(tier.gap * 100, locale, 2) + ' %',
                  })}
                </li>
              ))}
            </ul>
            {scenario.pins.length > 0 && (
              <>
                <h3>{t('scenarioDetail.pinsHeading')}</h3>
                <ul>
                  {scenario.pins.map((pin) => (
                    <li key={pin.requestId}>
                      {scenario.items.find((item) => item.request.id === pin.requestId)?.request.title ?? pin.requestId}:{' '}
                      {pin.excluded ? t('whatIf.pinModeExclude') : t('tiers.short.' + String(pin.tier ?? 1))} · {pin.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="adopt-row">
              {scenario.adopted ? (
                <p className="notice" data-testid="adopted-badge">
                  {t('scenarioDetail.isAdopted')}
                </p>
              ) : (
                <button type="button" className="primary" onClick={adoptScenario} disabled={adoption.fetching || scenario.status !== 'COMPLETED'}>
                  {t('scenarioDetail.adopt')}
                </button>
              )}
              <span role="status">{adoption.fetching ? t('common.saving') : ''}</span>
              {adoption.error && (
                <p className="notice notice-error" role="alert">
                  {errorMessage(adoption.error)}
                </p>
              )}
            </div>
            <ScrollTable label={t('scenarioDetail.itemsCaption')}>
              <caption>{t('scenarioDetail.itemsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scenarioDetail.rank')}</th>
                  <th scope="col">{t('scenarioDetail.request')}</th>
                  <th scope="col">{t('scenarioDetail.tier')}</th>
                  <th scope="col">{t('scenarioDetail.start')}</th>
                  <th scope="col">{t('scenarioDetail.score')}</th>
                  <th scope="col">{t('scenarioDetail.reason')}</th>
                  <th scope="col">{t('scenarioDetail.toMoveUp')}</th>
                </tr>
              </thead>
              <tbody>
                {[...scenario.items]
                  .sort((a, b) => a.tier - b.tier || a.rank - b.rank)
                  .map((item) => (
                    <tr key={item.id} data-testid="scenario-item">
                      <td>{item.rank}</td>
                      <th scope="row">{item.request.title}</th>
                      <td>
                        <TierBadge tier={item.tier} />
                      </td>
                      <td>{item.startYear === null ? '—' : fiscalYearLabel(item.startYear)}</td>
                      <td>{formatNumber(item.equityScore, locale, 3)}</td>
                      <td>{item.reason}</td>
                      <td>
                        {item.toMoveUp
                          ? t('scenarioDetail.moveUpNeed', {
                              money: formatMoneyCents(item.toMoveUp.moneyCents, locale),
                              fte: formatNumber(item.toMoveUp.fte, locale, 2),
                              year: fiscalYearLabel(item.toMoveUp.year),
                            })
                          : '—'}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </ScrollTable>
          </>
        )}
      </QueryState>
    </section>
  );
}
