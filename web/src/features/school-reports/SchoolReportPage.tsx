import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { SchoolReportPlansDocument, SchoolReportViewDocument, type SchoolReportPeriod } from '../../generated/graphql';
import { formatDate, formatLanguage, formatNumber, formatPercent, formatShare } from '../../lib/format';
import { authorizationHeader, storedToken } from '../../lib/session';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useLocale } from '../../components/useLocale';

const PERIODS: SchoolReportPeriod[] = ['MID_YEAR', 'END_OF_YEAR'];

/** The biannual report of a school's engagement plan, as computed by the API, with its PDF. */
export default function SchoolReportPage() {
  const { t } = useTranslation();
  const [plansResult] = useQuery({ query: SchoolReportPlansDocument });
  const plans = plansResult.data?.engagementPlans ?? [];
  const [planId, setPlanId] = useState('');
  const [period, setPeriod] = useState<SchoolReportPeriod>('MID_YEAR');
  const plan = plans.find((candidate) => candidate.id === planId) ?? plans[0];
  return (
    <>
      <h1>{t('schoolReports.heading')}</h1>
      <p>{t('schoolReports.intro')}</p>
      <QueryState fetching={plansResult.fetching && !plansResult.data} error={plansResult.error}>
        {!plan ? (
          <p>{t('schoolReports.noPlans')}</p>
        ) : (
          <>
            <div className="card">
              <label>
                {t('schoolReports.plan')}{' '}
                <select value={plan.id} onChange={(event) => setPlanId(event.target.value)} data-testid="school-report-plan">
                  {plans.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.school.name} · {candidate.schoolYear}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {t('schoolReports.period')}{' '}
                <select value={period} onChange={(event) => setPeriod(event.target.value as SchoolReportPeriod)} data-testid="school-report-period">
                  {PERIODS.map((value) => (
                    <option key={value} value={value}>
                      {t(`schoolReports.periods.${value}`)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <PdfDownload planId={plan.id} period={period} />
            </div>
            <SchoolReportBody planId={plan.id} period={period} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** The PDF comes from /exports with the same credentials as the API (a bearer token or the session cookie). */
function PdfDownload({ planId, period }: { planId: string; period: SchoolReportPeriod }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const response = await fetch(`/exports/school-report.pdf?planId=${encodeURIComponent(planId)}&period=${period}`, { headers: authorizationHeader(storedToken()), credentials: 'include' });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `school-report-${period.toLowerCase().replace(/_/g, '-')}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download()} disabled={state === 'busy'} data-testid="school-report-pdf">
        {state === 'busy' ? t('schoolReports.pdfBusy') : t('schoolReports.pdf')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="notice notice-error">
          {t('schoolReports.pdfFailed')}
        </span>
      )}
    </>
  );
}

function SchoolReportBody({ planId, period }: { planId: string; period: SchoolReportPeriod }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result] = useQuery({ query: SchoolReportViewDocument, variables: { planId, period } });
  const report = result.data?.schoolReport;
  return (
    <QueryState fetching={result.fetching && !report} error={result.error}>
      {report && (
        <>
          <section className="card" aria-labelledby="school-report-summary">
            <h2 id="school-report-summary">
              {t(`schoolReports.periods.${report.period}`)}: {report.school.name}
            </h2>
            <p data-testid="school-report-window">
              {t('schoolReports.window', { year: report.schoolYear, from: formatDate(report.from, locale), until: formatDate(new Date(new Date(report.until).getTime() - 1).toISOString(), locale) })}
            </p>
            {(report.school.titleOne || report.school.highPriority) && (
              <p>{[report.school.titleOne ? t('schoolReports.titleOne') : null, report.school.highPriority ? t('schoolReports.highPriority') : null].filter(Boolean).join(' · ')}</p>
            )}
            <p data-testid="school-report-sessions">{t('schoolReports.sessions', { sessions: report.sessionCount, attendees: report.totalAttendees, visits: report.visitCount })}</p>
          </section>

          <section className="card" aria-labelledby="school-report-phases">
            <h2 id="school-report-phases">{t('schoolReports.phasesHeading')}</h2>
            {report.phases.length === 0 ? (
              <p>{t('schoolReports.noPhases')}</p>
            ) : (
              <ul className="item-list">
                {report.phases.map((phase) => (
                  <li key={phase.phaseId}>
                    <strong>{t(`schoolReports.phases.${phase.kind}`)}</strong>{' '}
                    <span className="muted">
                      {formatDate(phase.startsAt, locale)}
                      {phase.endsAt ? ` – ${formatDate(phase.endsAt, locale)}` : ''} · {t('schoolReports.phaseCounts', { sessions: phase.sessionCount, visits: phase.visitCount })}
                    </span>
                    <ul>
                      {phase.objectives.map((objective) => (
                        <li key={objective}>{objective}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="school-report-attendance">
            <h2 id="school-report-attendance">{t('schoolReports.attendanceHeading')}</h2>
            <ScrollTable label={t('schoolReports.attendanceHeading')}>
              <caption className="visually-hidden">{t('schoolReports.attendanceHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('schoolReports.columns.group')}</th>
                  <th scope="col">{t('schoolReports.columns.communityShare')}</th>
                  <th scope="col">{t('schoolReports.columns.attendance')}</th>
                  <th scope="col">{t('schoolReports.columns.participationShare')}</th>
                  <th scope="col">{t('schoolReports.columns.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {report.attendance.map((row) => (
                  <tr key={row.focalGroupId} data-testid="school-report-attendance-row">
                    <th scope="row">{row.focalGroup.name}</th>
                    <td>{formatShare(row.populationShare, locale)}</td>
                    <td>{formatNumber(row.attendance, locale, 0)}</td>
                    <td>{formatShare(row.participationShare, locale)}</td>
                    <td>{t('schoolReports.points', { points: formatNumber(100 * row.gap, locale) })}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            <p data-testid="school-report-missing">
              {report.missingGroups.length === 0 ? t('schoolReports.noneMissing') : t('schoolReports.missing', { groups: report.missingGroups.map((group) => group.name).join(', ') })}
            </p>
          </section>

          {report.visits && (
            <section className="card" aria-labelledby="school-report-visits">
              <h2 id="school-report-visits">{t('schoolReports.visitsHeading')}</h2>
              <p>{t('schoolReports.visitSummary', { visits: report.visits.visitCount, followUps: report.visits.followUpCount })}</p>
              <p>
                {t('schoolReports.byLanguage')}: {report.visits.byLanguage.map((row) => `${formatLanguage(row.key ?? '', locale)} (${row.visits})`).join(', ') || t('schoolReports.none')}
              </p>
              <p>
                {t('schoolReports.topics')}: {report.visits.topics.map((row) => `${row.key} (${row.visits})`).join(', ') || t('schoolReports.none')}
              </p>
            </section>
          )}

          <section className="card" aria-labelledby="school-report-surveys">
            <h2 id="school-report-surveys">{t('schoolReports.surveysHeading')}</h2>
            {report.surveys.length === 0 ? (
              <p>{t('schoolReports.noSurveys')}</p>
            ) : (
              report.surveys.map((survey) => (
                <ScrollTable key={survey.surveyId} label={survey.surveyName}>
                  <caption>{survey.surveyName}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('schoolReports.columns.wave')}</th>
                      <th scope="col">{t('schoolReports.columns.topic')}</th>
                      <th scope="col">{t('schoolReports.columns.favourable')}</th>
                      <th scope="col">{t('schoolReports.columns.respondents')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {survey.cells.map((cell) => (
                      <tr key={`${cell.group.wave?.id}-${cell.group.topic}`}>
                        <td>{cell.group.wave?.name}</td>
                        <th scope="row">{cell.group.topic}</th>
                        {cell.suppressed ? (
                          <td colSpan={2}>{t('schoolReports.suppressed', { min: survey.minCellSize })}</td>
                        ) : (
                          <>
                            <td>{formatPercent(cell.percentFavourable ?? 0, locale)}</td>
                            <td>{formatNumber(cell.respondents ?? 0, locale, 0)}</td>
                          </>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
              ))
            )}
          </section>

          <section className="card" aria-labelledby="school-report-commitments">
            <h2 id="school-report-commitments">{t('schoolReports.commitmentsHeading')}</h2>
            <p data-testid="school-report-commitments">
              {t('schoolReports.commitments', {
                due: report.commitments.due,
                kept: report.commitments.kept,
                missed: report.commitments.missed,
                open: report.commitments.open,
                share: report.commitments.keptShare === null ? '–' : formatShare(report.commitments.keptShare, locale),
              })}
            </p>
            <ul>
              {report.commitmentsByParty.map((side) => (
                <li key={side.party}>
                  {t(`schoolReports.parties.${side.party}`)}: {t('schoolReports.partyTally', { kept: side.kept, due: side.due, missed: side.missed, open: side.open })}
                </li>
              ))}
            </ul>
          </section>

          <section className="card" aria-labelledby="school-report-recommendations">
            <h2 id="school-report-recommendations">{t('schoolReports.recommendationsHeading')}</h2>
            {report.recommendations.length === 0 ? (
              <p>{t('schoolReports.noRecommendations')}</p>
            ) : (
              <ul className="item-list">
                {report.recommendations.map((recommendation) => (
                  <li key={recommendation.id} data-testid="school-report-recommendation">
                    {recommendation.text} <strong>{t(`schoolReports.statuses.${recommendation.status}`)}</strong>
                    {recommendation.decidedBy && <span className="muted"> · {recommendation.decidedBy}</span>}
                    {recommendation.declineReason && <div>{t('schoolReports.declineReason', { reason: recommendation.declineReason })}</div>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}
