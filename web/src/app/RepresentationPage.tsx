import { useTranslation } from 'react-i18next';
import { RepresentationSection } from '../features/representation/RepresentationSection';

/** The liaisons' representation view: who to reach next. */
export default function RepresentationPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('nav.representation')}</h1>
      <RepresentationSection />
    </>
  );
}
