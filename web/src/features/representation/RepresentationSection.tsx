import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { RegionsForRepresentationDocument, RepresentationReportDocument } from '../../generated/graphql';
import { formatLanguage, formatNumber, formatShare } from '../../lib/format';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import { useLocale } from '../../components/useLocale';

/** Who takes part in engagement against who lives here, per region, and who is missing. */
export function RepresentationSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [regions] = useQuery({ query: RegionsForRepresentationDocument });
  const [regionId, setRegionId] = useState<string>('');
  const [report] = useQuery({ query: RepresentationReportDocument, variables: { regionId: regionId || null } });
  const data = report.data?.representation;
  const missing = new Set(data?.missingGroups.map((group) => group.id));
  return (
    <section aria-labelledby="representation-heading" className="card">
      <h2 id="representation-heading">{t('representation.heading')}</h2>
      <p>{t('representation.intro')}</p>
      <p>
        <label htmlFor="representation-region">{t('representation.region')}</label>{' '}
        <select id="representation-region" value={regionId} onChange={(event) => setRegionId(event.target.value)}>
          <option value="">{t('representation.wholeDistrict')}</option>
          {(regions.data?.regions ?? []).map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
      </p>
      <QueryState fetching={report.fetching && !report.data} error={report.error}>
        {data && (
          <>
            <p>
              {t('representation.summary', {
                sessions: formatNumber(data.sessionCount, locale),
                attendees: formatNumber(data.totalAttendees, locale),
                representativeness: formatShare(data.representativeness, locale),
              })}
            </p>
            <h3>{t('representation.missingHeading')}</h3>
            {data.missingGroups.length === 0 ? (
              <p>{t('representation.noneMissing')}</p>
            ) : (
              <ul data-testid="missing-groups">
                {data.missingGroups.map((group) => (
                  <li key={group.id}>
                    {group.name}
                    {group.languages.length > 0 && <span className="muted"> · {t('representation.languages', { languages: group.languages.map((code) => formatLanguage(code, locale)).join(', ') })}</span>}
                  </li>
                ))}
              </ul>
            )}
            <ScrollTable label={t('representation.tableCaption')}>
              <caption>{t('representation.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('representation.group')}</th>
                  <th scope="col">{t('representation.populationShare')}</th>
                  <th scope="col">{t('representation.participationShare')}</th>
                  <th scope="col">{t('representation.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((group) => (
                  <tr key={group.focalGroupId}>
                    <th scope="row">
                      {group.focalGroup.name}
                      {missing.has(group.focalGroupId) && <span className="badge missing"> {t('representation.missing')}</span>}
                    </th>
                    <td>{formatShare(group.populationShare, locale)}</td>
                    <td>{formatShare(group.participationShare, locale)}</td>
                    <td>{group.participationRate === null ? '—' : formatNumber(group.participationRate, locale, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </>
        )}
      </QueryState>
    </section>
  );
}
