import { useTranslation } from 'react-i18next';

/** A request status in plain words. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status.toLowerCase()}`}>{t(`requestStatus.${status}`)}</span>;
}
