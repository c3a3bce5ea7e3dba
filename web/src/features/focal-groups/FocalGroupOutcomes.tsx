import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { FocalGroupOutcomesDocument } from '../../generated/graphql';
import { useLiveRefresh } from '../../lib/live-updates';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';

/** Per focal group: what it asked for and what happened to it. Request titles are shown as entered. */
export function FocalGroupOutcomes() {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: FocalGroupOutcomesDocument });
  useLiveRefresh('requestUpdated', () => refetch({ requestPolicy: 'network-only' }));
  const groups = (result.data?.focalGroups.edges ?? []).map((edge) => edge.node).filter((group) => group.requests.length > 0);
  return (
    <section aria-labelledby="groups-heading" className="card">
      <h2 id="groups-heading">{t('groups.heading')}</h2>
      <p>{t('groups.intro')}</p>
      <QueryState fetching={result.fetching && !result.data} error={result.error}>
        <div className="group-grid">
          {groups.map((group) => (
            <details key={group.id} className="group">
              <summary>
                {group.name}
                {group.region && <span className="muted"> · {group.region.name}</span>}{' '}
                <span className="muted">({t('groups.requestCount', { count: group.requests.length })})</span>
              </summary>
              <ul className="item-list">
                {group.requests.map((request) => (
                  <li key={request.id}>
                    {request.title} <StatusBadge status={request.status} />
                    {request.statusNote && <div className="muted">{request.statusNote}</div>}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      </QueryState>
    </section>
  );
}
