import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanSection } from '../features/plan/PlanSection';
import { FocalGroupOutcomes } from '../features/focal-groups/FocalGroupOutcomes';
import { RepresentationSection } from '../features/representation/RepresentationSection';
import { SurveyResultsSection } from '../features/surveys/SurveyResultsSection';
import { KeyResultsSection } from '../features/key-results/KeyResultsSection';

/** The sections below the plan wait at most this long for it (a slow plan never hides the rest). */
const REST_AT_THE_LATEST_MILLIS = 3000;

/**
 * The transparency page a family or a board member opens; no sign-in. The plan comes first: the
 * sections below send their queries only once the plan table is on screen, so on a busy server
 * the page's first useful render does not queue behind the survey and focal-group aggregates.
 */
export default function PublicPage() {
  const { t } = useTranslation();
  const [planSettled, setPlanSettled] = useState(false);
  const settle = useCallback(() => setPlanSettled(true), []);
  useEffect(() => {
    const timer = window.setTimeout(settle, REST_AT_THE_LATEST_MILLIS);
    return () => window.clearTimeout(timer);
  }, [settle]);
  return (
    <>
      <h1>{t('public.heading')}</h1>
      <p className="lead">{t('public.intro')}</p>
      <PlanSection onSettled={settle} />
      {planSettled ? (
        <>
          <FocalGroupOutcomes />
          <RepresentationSection />
          <SurveyResultsSection />
          <KeyResultsSection />
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </>
  );
}
