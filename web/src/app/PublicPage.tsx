import { useTranslation } from 'react-i18next';
import { PlanSection } from '../features/plan/PlanSection';
import { FocalGroupOutcomes } from '../features/focal-groups/FocalGroupOutcomes';
import { RepresentationSection } from '../features/representation/RepresentationSection';
import { SurveyResultsSection } from '../features/surveys/SurveyResultsSection';
import { KeyResultsSection } from '../features/key-results/KeyResultsSection';

/** The transparency page a family or a board member opens; no sign-in. */
export default function PublicPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('public.heading')}</h1>
      <p className="lead">{t('public.intro')}</p>
      <PlanSection />
      <FocalGroupOutcomes />
      <RepresentationSection />
      <SurveyResultsSection />
      <KeyResultsSection />
    </>
  );
}
