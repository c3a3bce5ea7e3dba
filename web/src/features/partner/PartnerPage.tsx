import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { PartnerOwnRequestsDocument, PartnerPlanItemsDocument } from '../../generated/graphql';
import { fiscalYearLabel, formatDate, formatMoneyCents } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live-updates';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { StatusBadge } from '../../components/StatusBadge';
import { TierBadge } from '../../components/TierBadge';
import { useLocale } from '../../components/useLocale';

/** A partner's own requests and their status, and the plan items that concern them (the API scopes both). */
export default function PartnerPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result, refetch] = useQuery({ query: PartnerOwnRequestsDocument });
  useLiveRefresh('requestUpdated', () => refetch({ requestPolicy: 'network-only' }));
  const requests = (result.data?.requests.edges ?? []).map((edge) => edge.node);
  const cycles = result.data?.budgetCycles ?? [];
  const [cycleId, setCycleId] = useState('');
  const cycle = cycles.find((candidate) => candidate.id === cycleId) ?? cycles[0];
  return (
    <>
      <h1>{t('partner.heading')}</h1>
      <QueryState fetching={result.fetching && !result.data} error={result.error}>
        <section className="card" aria-labelledby="partner-requests">
          <h2 id="partner-requests">{t('partner.requests')}</h2>
          {requests.length === 0 ? (
            <p>{t('partner.noRequests')}</p>
          ) : (
            <ul className="item-list">
              {requests.map((request) => (
                <li key={request.id} data-testid="partner-request">
                  <strong>{request.title}</strong> <StatusBadge status={request.status} />
                  <div className="muted">
                    {request.focalGroups.map((group) => group.name).join(', ')} · {t('inbox.updated', { date: formatDate(request.updatedAt, locale) })}
                  </div>
                  {request.statusNote && <div>{request.statusNote}</div>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {cycle && (
          <section className="card" aria-labelledby="partner-plan">
            <h2 id="partner-plan">{t('partner.plan')}</h2>
            {cycles.length > 1 && (
              <label>
                {t('plan.cycle')}{' '}
                <select value={cycle.id} onChange={(event) => setCycleId(event.target.value)}>
                  {cycles.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <PartnerPlan cycleId={cycle.id} />
          </section>
        )}
      </QueryState>
    </>
  );
}

function PartnerPlan({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result, refetch] = useQuery({ query: PartnerPlanItemsDocument, variables: { cycleId } });
  useLiveRefresh('planChanged', () => refetch({ requestPolicy: 'network-only' }));
  const allocations = [...(result.data?.plan ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear);
  return (
    <QueryState fetching={result.fetching && !result.data} error={result.error}>
      {allocations.length === 0 ? (
        <p>{t('partner.noPlanItems')}</p>
      ) : (
        <ScrollTable label={t('partner.plan')}>
          <caption className="visually-hidden">{t('partner.plan')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarioDetail.request')}</th>
              <th scope="col">{t('plan.table.year')}</th>
              <th scope="col">{t('scenarioDetail.tier')}</th>
              <th scope="col">{t('partner.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {allocations.map((allocation) => (
              <tr key={allocation.id}>
                <th scope="row">{allocation.request.title}</th>
                <td>{fiscalYearLabel(allocation.fiscalYear)}</td>
                <td>
                  <TierBadge tier={allocation.tier} />
                </td>
                <td>{formatMoneyCents(allocation.moneyCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </QueryState>
  );
}
