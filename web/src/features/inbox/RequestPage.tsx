import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  LogRequestCommunicationDocument,
  RequestDetailDocument,
  TransitionRequestStatusDocument,
  type CommunicationChannel,
  type CommunicationDirection,
  type RequestStatus,
} from '../../generated/graphql';
import { fiscalYearLabel, formatDateTime, formatLanguage, formatMoneyCents, formatNumber } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live-updates';
import { errorMessage, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { StatusBadge } from '../../components/StatusBadge';
import { useLocale } from '../../components/useLocale';

/** Acknowledgements are asked for once a request is answered (declined or implemented). */
const ANSWERED = new Set<RequestStatus>(['DECLINED', 'IMPLEMENTED']);

const CHANNELS: CommunicationChannel[] = ['MEETING', 'EMAIL', 'PHONE', 'TEXT_MESSAGE', 'LETTER', 'HOME_VISIT', 'WEBSITE'];

/** One request: its lifecycle, the next steps allowed, and its communication log. */
export default function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const [result, refetch] = useQuery({ query: RequestDetailDocument, variables: { id } });
  useLiveRefresh('requestUpdated', () => refetch({ requestPolicy: 'network-only' }));
  const request = result.data?.request;
  return (
    <>
      <p>
        <Link to="/inbox">{t('request.back')}</Link>
      </p>
      <QueryState fetching={result.fetching && !result.data} error={result.error}>
        {request && (
          <>
            <h1>{request.title}</h1>
            <p>
              <StatusBadge status={request.status} /> {request.statusNote && <span className="muted">{request.statusNote}</span>}
            </p>
            <p>{request.description}</p>
            <p className="muted">
              {t('request.facts', {
                groups: request.focalGroups.map((group) => group.name).join(', '),
                partner: request.partner?.name ?? '—',
                oneTime: formatMoneyCents(request.oneTimeCents, locale),
                recurring: formatMoneyCents(request.recurringCents, locale),
                fte: formatNumber(request.fte, locale, 2),
                year: fiscalYearLabel(request.earliestYear),
              })}
            </p>
            <Lifecycle
              id={request.id}
              version={request.version}
              allowed={request.allowedTransitions}
              awaiting={ANSWERED.has(request.status) ? request.awaitingAcknowledgementFrom.map((group) => group.name) : []}
              history={result.data?.auditTrail ?? []}
              onChanged={() => refetch({ requestPolicy: 'network-only' })}
            />
            <section className="card" aria-labelledby="log-heading">
              <h2 id="log-heading">{t('request.logHeading')}</h2>
              {request.communications.length === 0 ? (
                <p>{t('request.noCommunications')}</p>
              ) : (
                <ScrollTable label={t('request.logHeading')}>
                  <caption className="visually-hidden">{t('request.logHeading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('request.when')}</th>
                      <th scope="col">{t('request.direction')}</th>
                      <th scope="col">{t('request.channel')}</th>
                      <th scope="col">{t('request.language')}</th>
                      <th scope="col">{t('request.summary')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {request.communications.map((communication) => (
                      <tr key={communication.id} data-testid="communication">
                        <td>{formatDateTime(communication.communicatedAt, locale)}</td>
                        <td>
                          {t(`direction.${communication.direction}`)}
                          {communication.focalGroup && ` · ${communication.focalGroup.name}`}
                        </td>
                        <td>{t(`channel.${communication.channel}`)}</td>
                        <td>{formatLanguage(communication.language, locale)}</td>
                        <td>{communication.summary}</td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
              )}
              <LogForm requestId={request.id} groups={request.focalGroups} onLogged={() => refetch({ requestPolicy: 'network-only' })} />
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}

function Lifecycle(props: {
  id: string;
  version: number;
  allowed: RequestStatus[];
  awaiting: string[];
  history: { id: string; action: string; actor: string; createdAt: string; after: Record<string, unknown> | null }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [note, setNote] = useState('');
  const [transition, transitionRequest] = useMutation(TransitionRequestStatusDocument);
  async function move(to: RequestStatus) {
    const result = await transitionRequest({ id: props.id, to, note: note || null, version: props.version });
    if (result.data) {
      setNote('');
      props.onChanged();
    }
  }
  return (
    <section className="card" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t('request.lifecycleHeading')}</h2>
      <ol className="history">
        {props.history
          .filter((event) => event.action === 'transitionRequest' || event.action === 'submitRequest' || event.action === 'acknowledgeResolution')
          .slice()
          .reverse()
          .map((event) => (
            <li key={event.id}>
              {formatDateTime(event.createdAt, locale)} · {typeof event.after?.status === 'string' ? t(`requestStatus.${event.after.status}`) : event.action} · {event.actor}
            </li>
          ))}
      </ol>
      {props.awaiting.length > 0 && <p>{t('request.awaiting', { groups: props.awaiting.join(', ') })}</p>}
      {props.allowed.length > 0 && (
        <>
          <label htmlFor="transition-note">{t('request.note')}</label>{' '}
          <input id="transition-note" value={note} onChange={(event) => setNote(event.target.value)} />
          <div className="button-row">
            {props.allowed.map((status) => (
              <button key={status} type="button" onClick={() => move(status)} disabled={transition.fetching}>
                {t('request.moveTo', { status: t(`requestStatus.${status}`) })}
              </button>
            ))}
          </div>
        </>
      )}
      {transition.error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(transition.error)}
        </p>
      )}
    </section>
  );
}

function LogForm({ requestId, groups, onLogged }: { requestId: string; groups: { id: string; name: string; languages: string[] }[]; onLogged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The district's working language first, then the languages the request's groups prefer.
  const languages = [...new Set(['en', ...groups.flatMap((group) => group.languages)])];
  const [channel, setChannel] = useState<CommunicationChannel>('MEETING');
  const [direction, setDirection] = useState<CommunicationDirection>('TO_COMMUNITY');
  const [focalGroupId, setFocalGroupId] = useState('');
  const [language, setLanguage] = useState('en');
  const [summary, setSummary] = useState('');
  const [logged, logCommunication] = useMutation(LogRequestCommunicationDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await logCommunication({
      input: { requestId, channel, direction, language, summary, focalGroupId: focalGroupId || null, communicatedAt: new Date().toISOString() },
    });
    if (result.data) {
      setSummary('');
      onLogged();
    }
  }
  return (
    <form onSubmit={submit} className="log-form">
      <h3>{t('request.logNew')}</h3>
      <div className="form-grid">
        <label>
          {t('request.direction')}
          <select value={direction} onChange={(event) => setDirection(event.target.value as CommunicationDirection)}>
            <option value="TO_COMMUNITY">{t('direction.TO_COMMUNITY')}</option>
            <option value="FROM_COMMUNITY">{t('direction.FROM_COMMUNITY')}</option>
          </select>
        </label>
        <label>
          {t('request.channel')}
          <select value={channel} onChange={(event) => setChannel(event.target.value as CommunicationChannel)}>
            {CHANNELS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`channel.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('request.group')}
          <select value={focalGroupId} onChange={(event) => setFocalGroupId(event.target.value)}>
            <option value="">{t('request.allGroups')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('request.language')}
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {formatLanguage(code, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('request.summary')}
        <textarea value={summary} onChange={(event) => setSummary(event.target.value)} required rows={3} />
      </label>
      <button type="submit" disabled={logged.fetching}>
        {t('request.logButton')}
      </button>
      {logged.error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(logged.error)}
        </p>
      )}
    </form>
  );
}
