import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { SurveyResultsByTopicAndGroupDocument, SurveysForResultsDocument } from '../../generated/graphql';
import { formatNumber, formatPercent } from '../../lib/format';
import { useLiveRefresh } from '../../lib/live-updates';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useLocale } from '../../components/useLocale';

/** Percent favourable by topic and focal group for one wave; suppressed cells say why they are empty. */
export function SurveyResultsSection() {
  const { t } = useTranslation();
  const [surveys] = useQuery({ query: SurveysForResultsDocument });
  const surveyList = surveys.data?.surveys ?? [];
  const [surveyId, setSurveyId] = useState('');
  const survey = surveyList.find((candidate) => candidate.id === surveyId) ?? surveyList[0];
  const waves = [...(survey?.waves ?? [])].sort((a, b) => b.fieldedAt.localeCompare(a.fieldedAt));
  const [waveId, setWaveId] = useState('');
  const wave = waves.find((candidate) => candidate.id === waveId) ?? waves[0];
  return (
    <section aria-labelledby="surveys-heading" className="card">
      <h2 id="surveys-heading">{t('surveys.heading')}</h2>
      <p>{t('surveys.intro')}</p>
      <QueryState fetching={surveys.fetching && !surveys.data} error={surveys.error}>
        {survey ? (
          <>
            <div className="controls">
              <label>
                {t('surveys.survey')}{' '}
                <select value={survey.id} onChange={(event) => setSurveyId(event.target.value)}>
                  {surveyList.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              </label>
              {waves.length > 0 && (
                <label>
                  {t('surveys.wave')}{' '}
                  <select value={wave?.id ?? ''} onChange={(event) => setWaveId(event.target.value)}>
                    {waves.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {candidate.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            <SurveyTable surveyId={survey.id} waveId={wave?.id ?? null} />
          </>
        ) : (
          <p>{t('surveys.none')}</p>
        )}
      </QueryState>
    </section>
  );
}

function SurveyTable({ surveyId, waveId }: { surveyId: string; waveId: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result, refetch] = useQuery({
    query: SurveyResultsByTopicAndGroupDocument,
    variables: { surveyId, filter: waveId ? { waveIds: [waveId] } : null },
  });
  useLiveRefresh('surveyResultsPublished', () => refetch({ requestPolicy: 'network-only' }));
  const cells = result.data?.surveyResults.cells ?? [];
  const topics = [...new Set(cells.map((cell) => cell.group.topic ?? ''))].sort();
  const minCellSize = result.data?.surveyResults.minCellSize ?? 10;
  return (
    <QueryState fetching={result.fetching && !result.data} error={result.error}>
      <p className="muted">{t('surveys.suppressionNote', { n: minCellSize })}</p>
      {topics.map((topic) => (
        <ScrollTable key={topic} label={topic}>
          <caption>{topic}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.group')}</th>
              <th scope="col">{t('surveys.favourable')}</th>
              <th scope="col">{t('surveys.respondents')}</th>
            </tr>
          </thead>
          <tbody>
            {cells
              .filter((cell) => cell.group.topic === topic)
              .sort((a, b) => (a.group.focalGroup?.name ?? '').localeCompare(b.group.focalGroup?.name ?? ''))
              .map((cell) => (
                <tr key={`${topic}:${cell.group.focalGroupId ?? 'none'}`} data-suppressed={cell.suppressed}>
                  <th scope="row">{cell.group.focalGroup?.name ?? t('surveys.noGroup')}</th>
                  {cell.suppressed ? (
                    <td colSpan={2} className="suppressed">
                      <span aria-hidden="true">⊘ </span>
                      {cell.suppression === 'COMPLEMENTARY' ? t('surveys.suppressedComplementary') : t('surveys.suppressedSmall', { n: minCellSize })}
                    </td>
                  ) : (
                    <>
                      <td>{cell.percentFavourable === null ? '—' : formatPercent(cell.percentFavourable, locale)}</td>
                      <td>{cell.respondents === null ? '—' : formatNumber(cell.respondents, locale, 0)}</td>
                    </>
                  )}
                </tr>
              ))}
          </tbody>
        </ScrollTable>
      ))}
    </QueryState>
  );
}
