import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { InboxLetterDraftsDocument, InboxRequestsDocument, type InboxRequestFieldsFragment } from '../../generated/graphql';
import { formatDate } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live-updates';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { useLocale } from '../../components/useLocale';
import { awaitingAcknowledgement, needsReply } from './inbox-queues';
import { LettersQueue } from './LettersQueue';

/** What needs an answer: unanswered requests, acknowledgements to collect, drafted letters to send. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: InboxRequestsDocument });
  const [letters, refetchLetters] = useQuery({ query: InboxLetterDraftsDocument });
  useLiveRefresh('requestUpdated', () => refetch({ requestPolicy: 'network-only' }));
  // Adoption prepares letters: the drafts queue follows the plan.
  useLiveRefresh('planChanged', () => {
    refetch({ requestPolicy: 'network-only' });
    refetchLetters({ requestPolicy: 'network-only' });
  });
  const requests = (result.data?.requests.edges ?? []).map((edge) => edge.node);
  const total = result.data?.requests.totalCount ?? 0;
  return (
    <>
      <h1>{t('inbox.heading')}</h1>
      <QueryState fetching={(result.fetching && !result.data) || (letters.fetching && !letters.data)} error={result.error ?? letters.error}>
        {total > requests.length && <p className="notice">{t('inbox.partial', { shown: requests.length, total })}</p>}
        <Queue id="reply" title={t('inbox.needsReply')} empty={t('inbox.emptyReply')} requests={requests.filter(needsReply)} />
        <Queue id="ack" title={t('inbox.awaitingAck')} empty={t('inbox.emptyAck')} requests={requests.filter(awaitingAcknowledgement)} detail={(request) => t('inbox.waitingFor', { groups: request.awaitingAcknowledgementFrom.map((group) => group.name).join(', ') })} />
        <LettersQueue
          letters={letters.data?.communicationDrafts ?? []}
          onChanged={() => {
            refetchLetters({ requestPolicy: 'network-only' });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      </QueryState>
    </>
  );
}

function Queue({ id, title, empty, requests, detail }: { id: string; title: string; empty: string; requests: InboxRequestFieldsFragment[]; detail?: (request: InboxRequestFieldsFragment) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby={`queue-${id}`} data-testid={`queue-${id}`}>
      <h2 id={`queue-${id}`}>
        {title} <span className="count">({requests.length})</span>
      </h2>
      {requests.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="item-list">
          {requests.map((request) => (
            <li key={request.id}>
              <Link to={`/requests/${request.id}`}>{request.title}</Link> <StatusBadge status={request.status} />
              <div className="muted">
                {request.focalGroups.map((group) => group.name).join(', ')} · {t('inbox.updated', { date: formatDate(request.updatedAt, locale) })}
                {detail && <> · {detail(request)}</>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
