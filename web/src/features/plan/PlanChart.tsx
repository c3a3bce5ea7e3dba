import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { fiscalYearLabel, formatCompactMoneyCents, formatMoneyCents } from '../../lib/format';
import { useLocale } from '../../components/useLocale';
import type { PlanYear } from './plan-by-year';

/**
 * Money by fiscal year stacked by tier, with each year's envelopes as lines. Loaded as its own
 * chunk (the chart library is the largest part of the public page); the table beside it carries
 * the same figures for screen readers and for anyone who prefers numbers.
 */
export default function PlanChart({ years }: { years: PlanYear[] }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const rtl = i18n.dir() === 'rtl';
  const data = years.map((year) => ({ ...year, label: fiscalYearLabel(year.year) }));
  return (
    <figure className="chart" aria-describedby="plan-chart-summary">
      <div style={{ width: '100%', height: 300 }} aria-hidden="true">
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" reversed={rtl} />
            <YAxis orientation={rtl ? 'right' : 'left'} tickFormatter={(cents: number) => formatCompactMoneyCents(cents, locale)} width={rtl ? 100 : 72} />
            <Tooltip formatter={(cents) => formatMoneyCents(Number(cents), locale)} />
            <Legend />
            <Bar dataKey="tier1Cents" stackId="plan" name={t('plan.chart.tier1')} fill="#1b5e9a" isAnimationActive={false} />
            <Bar dataKey="tier2Cents" stackId="plan" name={t('plan.chart.tier2')} fill="#8fb8de" stroke="#1b5e9a" isAnimationActive={false} />
            <Line dataKey="tier1EnvelopeCents" name={t('plan.chart.tier1Envelope')} stroke="#222" strokeDasharray="6 3" dot={{ r: 4 }} isAnimationActive={false} />
            <Line dataKey="tier12EnvelopeCents" name={t('plan.chart.tier12Envelope')} stroke="#a0430a" dot={{ r: 4, strokeWidth: 2 }} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption id="plan-chart-summary">{t('plan.chart.caption')}</figcaption>
    </figure>
  );
}
