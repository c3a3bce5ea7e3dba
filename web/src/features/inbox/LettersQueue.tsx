import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  DiscardInboxLetterDocument,
  UpdateInboxLetterDocument,
  type CommunicationChannel,
  type InboxLetterFieldsFragment,
} from '../../generated/graphql';
import { formatDate, formatLanguage } from '../../lib/format';
import { errorMessage } from '../../components/QueryState';
import { useLocale } from '../../components/useLocale';

const CHANNELS: CommunicationChannel[] = ['LETTER', 'EMAIL', 'MEETING', 'PHONE', 'TEXT_MESSAGE', 'HOME_VISIT', 'WEBSITE'];

/**
 * Letters prepared on adoption that wait for a liaison: read and edit the text (translate it when
 * no template exists in the group's language), approve it, then record how it was sent (which
 * logs it on the request). The API enforces the order: a letter that needs translating cannot be
 * approved, only an approved letter can be sent.
 */
export function LettersQueue({ letters, onChanged }: { letters: InboxLetterFieldsFragment[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const needingTranslation = letters.filter((letter) => letter.needsTranslation).length;
  return (
    <section className="card" aria-labelledby="queue-drafts" data-testid="queue-drafts">
      <h2 id="queue-drafts">
        {t('inbox.drafts')} <span className="count">({letters.length})</span>
      </h2>
      {needingTranslation > 0 && <p className="notice">{t('letters.translationsWaiting', { count: needingTranslation })}</p>}
      {letters.length === 0 ? (
        <p>{t('inbox.emptyDrafts')}</p>
      ) : (
        <ul className="item-list">
          {letters.map((letter) => (
            <Letter key={letter.id} letter={letter} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Letter({ letter, onChanged }: { letter: InboxLetterFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [update, updateLetter] = useMutation(UpdateInboxLetterDocument);
  const [discarding, discard] = useMutation(DiscardInboxLetterDocument);
  const [body, setBody] = useState(letter.body);
  const [translated, setTranslated] = useState(false);
  const [channel, setChannel] = useState<CommunicationChannel>('LETTER');
  const busy = update.fetching || discarding.fetching;
  const edited = body !== letter.body;
  const error = update.error ?? discarding.error;
  const bodyId = `letter-body-${letter.id}`;
  const language = formatLanguage(letter.language, locale);
  const requested = formatLanguage(letter.requestedLanguage, locale);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await updateLetter({ input: { id: letter.id, version: letter.version, body, ...(translated ? { language: letter.requestedLanguage } : {}) } });
    if (result.data) {
      setTranslated(false);
      onChanged();
    }
  }

  async function act(change: { status: 'APPROVED' } | { status: 'SENT'; channel: CommunicationChannel }) {
    const result = await updateLetter({ input: { id: letter.id, version: letter.version, ...change } });
    if (result.data) onChanged();
  }

  async function discardLetter() {
    const result = await discard({ id: letter.id, version: letter.version });
    if (result.data) onChanged();
  }

  return (
    <li data-testid="letter" data-status={letter.status} data-needs-translation={letter.needsTranslation}>
      <strong>{t('letters.to', { group: letter.focalGroup.name })}</strong> · <Link to={`/requests/${letter.request.id}`}>{letter.request.title}</Link>
      <div className="muted">
        {t(`letters.status.${letter.status}`)} · {t('letters.language', { language })} · {t('letters.prepared', { date: formatDate(letter.createdAt, locale) })}
        {letter.approvedBy && letter.approvedAt && <> · {t('letters.approvedBy', { who: letter.approvedBy, date: formatDate(letter.approvedAt, locale) })}</>}
      </div>
      {letter.needsTranslation && (
        <p className="notice" data-testid="needs-translation">
          <strong>{t('letters.needsTranslationLabel')}</strong> {t('letters.needsTranslation', { requested, language })}
        </p>
      )}
      <details>
        <summary>{t('letters.readAndEdit')}</summary>
        <form onSubmit={save} className="letter-form">
          <label htmlFor={bodyId}>{t('letters.text')}</label>
          <textarea id={bodyId} lang={letter.language} value={body} onChange={(event) => setBody(event.target.value)} rows={10} />
          {letter.needsTranslation && (
            <label>
              <input type="checkbox" checked={translated} onChange={(event) => setTranslated(event.target.checked)} /> {t('letters.nowIn', { language: requested })}
            </label>
          )}
          {letter.status === 'APPROVED' && edited && <p className="muted">{t('letters.editUnapproves')}</p>}
          <button type="submit" disabled={busy || (!edited && !translated)}>
            {t('letters.save')}
          </button>
        </form>
      </details>
      <div className="controls letter-actions">
        {letter.status === 'DRAFT' && (
          <button type="button" className="primary" onClick={() => void act({ status: 'APPROVED' })} disabled={busy || letter.needsTranslation || edited}>
            {t('letters.approve')}
          </button>
        )}
        {letter.status === 'APPROVED' && (
          <>
            <label>
              {t('letters.sentBy')}{' '}
              <select value={channel} onChange={(event) => setChannel(event.target.value as CommunicationChannel)}>
                {CHANNELS.map((option) => (
                  <option key={option} value={option}>
                    {t(`channel.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary" onClick={() => void act({ status: 'SENT', channel })} disabled={busy || edited}>
              {t('letters.markSent')}
            </button>
          </>
        )}
        <button type="button" onClick={() => void discardLetter()} disabled={busy}>
          {t('letters.discard')}
        </button>
      </div>
      {letter.status === 'DRAFT' && letter.needsTranslation && <p className="muted">{t('letters.approveAfterTranslation')}</p>}
      <span role="status">{busy ? t('common.saving') : ''}</span>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </li>
  );
}
