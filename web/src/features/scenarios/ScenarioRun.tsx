import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useTranslation } from 'react-i18next';
import { CancelWhatIfDocument, WhatIfProgressDocument, WhatIfRunStateDocument, type WhatIfProgressFieldsFragment } from '../../generated/graphql';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useLocale } from '../../components/useLocale';

const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/** Polling fallback while a run is not finished (events from another hub instance may never arrive without Redis). */
const POLL_MILLIS = 3000;

interface TierFigures {
  tier: number;
  objective: number;
  /** Proven relative gap; null for GREEDY (no bound known). */
  gap: number | null;
}

/** Best objective and proven bound of each tier, from the progress events and, once finished, the run's own summary. */
function tierFigures(events: readonly WhatIfProgressFieldsFragment[], finalTiers: readonly TierFigures[] | undefined): TierFigures[] {
  const byTier = new Map<number, TierFigures>();
  for (const event of events) {
    if (event.tier !== null && event.objective !== null) byTier.set(event.tier, { tier: event.tier, objective: event.objective, gap: event.gap });
  }
  for (const tier of finalTiers ?? []) byTier.set(tier.tier, { tier: tier.tier, objective: tier.objective, gap: tier.gap });
  return [...byTier.values()].sort((a, b) => a.tier - b.tier);
}

/**
 * A what-if while it solves: its phase, each tier's best objective and proven bound, the time
 * elapsed, a cancel button; says plainly when it is done, failed or was cancelled. Follows the
 * run over the scenarioProgress subscription and reads its state once (and every few seconds while
 * it runs) so that a run finished before the subscription opened is still seen.
 */
export function ScenarioRun({ scenarioId, name, onFinished }: { scenarioId: string; name: string; onFinished: (scenarioId: string, status: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [progress] = useSubscription({ query: WhatIfProgressDocument, variables: { scenarioId } }, (events: WhatIfProgressFieldsFragment[] = [], data) => [
    ...events,
    data.scenarioProgress,
  ]);
  const [state, refetchState] = useQuery({ query: WhatIfRunStateDocument, variables: { id: scenarioId }, requestPolicy: 'network-only' });
  const [cancellation, cancel] = useMutation(CancelWhatIfDocument);
  const events = progress.data ?? [];
  const lastEvent = events.at(-1);
  const scenario = state.data?.scenario;
  // The newest of what the subscription said and what the last read said.
  const stored = scenario?.progress ?? null;
  const latest = lastEvent && (!stored || lastEvent.occurredAt >= stored.occurredAt) ? lastEvent : stored;
  const status = scenario && FINISHED.has(scenario.status) ? scenario.status : (latest?.status ?? scenario?.status ?? 'QUEUED');
  const finished = FINISHED.has(status);
  const phase = finished ? (status === 'COMPLETED' ? 'DONE' : (latest?.phase ?? 'QUEUED')) : (latest?.phase ?? 'QUEUED');
  const tiers = useMemo(() => tierFigures(events, scenario && FINISHED.has(scenario.status) ? scenario.tiers : undefined), [events, scenario]);

  // A finished status heard over the subscription: read the run once more for its result.
  useEffect(() => {
    if (lastEvent && FINISHED.has(lastEvent.status) && scenario && !FINISHED.has(scenario.status)) refetchState({ requestPolicy: 'network-only' });
  }, [lastEvent, scenario, refetchState]);

  useEffect(() => {
    if (finished || state.fetching) return;
    const timer = window.setTimeout(() => refetchState({ requestPolicy: 'network-only' }), POLL_MILLIS);
    return () => window.clearTimeout(timer);
  }, [finished, state.fetching, state.data, refetchState]);

  // Elapsed time ticks locally between events; the server's own figure wins when it is larger.
  const startedAt = useRef(Date.now());
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (finished) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [finished]);
  const elapsedMillis = finished && scenario?.solveMillis != null ? scenario.solveMillis : Math.max(latest?.elapsedMillis ?? 0, now - startedAt.current);

  // A live region is announced when its text changes, not when it appears with text: mount it
  // empty, then fill it, so the first phase is read out too.
  const [announcing, setAnnouncing] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncing(true), 100);
    return () => window.clearTimeout(timer);
  }, []);

  const reported = useRef(false);
  useEffect(() => {
    if (finished && scenario && FINISHED.has(scenario.status) && !reported.current) {
      reported.current = true;
      onFinished(scenarioId, scenario.status);
    }
  }, [finished, scenario, scenarioId, onFinished]);

  const statusText =
    status === 'COMPLETED'
      ? t('whatIf.done', { name })
      : status === 'FAILED'
        ? t('whatIf.failed', { name })
        : status === 'CANCELLED'
          ? t('whatIf.cancelled', { name })
          : t('whatIf.phaseLine', { name, phase: t(`scenarioPhase.${phase}`) });

  return (
    <div className="run-progress" data-testid="run-progress" data-status={status} aria-busy={!finished}>
      {/* Only the phase and the outcome are announced; the seconds ticking are not. */}
      <p role="status" aria-live="polite" aria-atomic="true" className="run-status" data-testid="run-status">
        {!finished && <span className="spinner" aria-hidden="true" />} {announcing ? statusText : ''}
      </p>
      <p className="muted" data-testid="run-elapsed">
        {t('whatIf.elapsed', { seconds: formatNumber(elapsedMillis / 1000, locale, 1) })}
      </p>
      {status === 'FAILED' && (
        <p className="notice notice-error" role="alert">
          {scenario?.failureMessage ? t('whatIf.failedBecause', { reason: scenario.failureMessage }) : t('whatIf.failedNoReason')}
        </p>
      )}
      {status === 'CANCELLED' && <p className="notice">{t('whatIf.cancelledHelp')}</p>}
      {tiers.length > 0 && (
        <ScrollTable label={t(finished ? 'whatIf.tiersCaptionDone' : 'whatIf.tiersCaption')}>
          <caption>{t(finished ? 'whatIf.tiersCaptionDone' : 'whatIf.tiersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarioDetail.tier')}</th>
              <th scope="col">{t('whatIf.bestObjective')}</th>
              <th scope="col">{t('whatIf.bound')}</th>
              <th scope="col">{t('whatIf.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier) => (
              <tr key={tier.tier} data-testid="run-tier">
                <th scope="row">{t(`tiers.short.${tier.tier}`)}</th>
                <td>{formatNumber(tier.objective, locale, 3)}</td>
                {/* The engine's gap is (bound - objective) / objective, so bound = objective x (1 + gap). */}
                <td>{tier.gap === null ? t('whatIf.noBound') : formatNumber(tier.objective * (1 + tier.gap), locale, 3)}</td>
                <td>{tier.gap === null ? '—' : `${formatNumber(tier.gap * 100, locale, 2)} %`}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {!finished && (
        <button type="button" onClick={() => void cancel({ id: scenarioId })} disabled={cancellation.fetching}>
          {t('whatIf.cancel')}
        </button>
      )}
      {cancellation.error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(cancellation.error)}
        </p>
      )}
      {state.error && !scenario && (
        <p className="notice notice-error" role="alert">
          {errorMessage(state.error)}
        </p>
      )}
    </div>
  );
}
