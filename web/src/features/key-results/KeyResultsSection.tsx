import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ObjectivesWithKeyResultsDocument } from '../../generated/graphql';
import { formatDate, formatNumber, formatShare } from '../../lib/format';
import { QueryState } from '../../components/QueryState';
import { useLocale } from '../../components/useLocale';

/** Each objective's key results: baseline, now, target and whether they are on track, in words. */
export function KeyResultsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result] = useQuery({ query: ObjectivesWithKeyResultsDocument });
  return (
    <section aria-labelledby="key-results-heading" className="card">
      <h2 id="key-results-heading">{t('keyResults.heading')}</h2>
      <QueryState fetching={result.fetching && !result.data} error={result.error}>
        {(result.data?.objectives ?? []).length === 0 && <p>{t('keyResults.none')}</p>}
        {(result.data?.objectives ?? []).map((objective) => (
          <div key={objective.id}>
            <h3>{objective.title}</h3>
            {objective.description && <p>{objective.description}</p>}
            <ul className="item-list">
              {objective.keyResults.map((keyResult) => (
                <li key={keyResult.id}>
                  <strong>{keyResult.title}</strong>{' '}
                  <span className={`badge kr-${(keyResult.status ?? 'none').toLowerCase()}`}>{t(`keyResults.status.${keyResult.status ?? 'NO_DATA'}`)}</span>
                  <div className="muted">
                    {t('keyResults.figures', {
                      baseline: formatNumber(keyResult.baseline, locale),
                      current: keyResult.currentValue === null ? t('keyResults.noData') : formatNumber(keyResult.currentValue, locale),
                      target: formatNumber(keyResult.target, locale),
                      date: formatDate(keyResult.targetDate, locale),
                    })}
                  </div>
                  {keyResult.progress !== null && (
                    <div className="muted">
                      {t('keyResults.progress', { progress: formatShare(keyResult.progress, locale), expected: formatShare(keyResult.expectedProgress, locale) })}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </QueryState>
    </section>
  );
}
