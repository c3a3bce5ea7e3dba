import { useTranslation } from 'react-i18next';

/** A tier in words and a pattern, never colour alone. */
export function TierBadge({ tier }: { tier: number }) {
  const { t } = useTranslation();
  return <span className={`badge tier-${tier}`}>{t(`tiers.short.${tier}`)}</span>;
}
