import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CycleScenariosDocument, ScenarioSetupDocument } from '../../generated/graphql';
import { useLiveRefresh } from '../../lib/live-updates';
import { QueryState } from '../../components/QueryState';
import { WhatIfForm } from './WhatIfForm';
import { ScenarioDetail } from './ScenarioDetail';
import { ScenarioComparison } from './ScenarioComparison';

/** Budget staff: pick a cycle, build and run a what-if, read it, compare two, adopt one. */
export default function ScenariosPage() {
  const { t } = useTranslation();
  const [setup] = useQuery({ query: ScenarioSetupDocument });
  const cycles = setup.data?.budgetCycles ?? [];
  const [cycleId, setCycleId] = useState('');
  const cycle = cycles.find((candidate) => candidate.id === cycleId) ?? cycles[0];
  const [scenarios, refetchScenarios] = useQuery({ query: CycleScenariosDocument, variables: { cycleId: cycle?.id ?? '' }, pause: !cycle });
  useLiveRefresh('scenarioCompleted', () => refetchScenarios({ requestPolicy: 'network-only' }));
  useLiveRefresh('planChanged', () => refetchScenarios({ requestPolicy: 'network-only' }));
  const list = scenarios.data?.scenarios ?? [];
  const [shownId, setShownId] = useState('');
  const [compareId, setCompareId] = useState('');
  /** The run the what-if form is following (its progress is shown there, not again in the detail). */
  const [formRunId, setFormRunId] = useState('');
  useEffect(() => {
    if (!shownId && list.length > 0) setShownId(list[0].id);
  }, [list, shownId]);

  return (
    <>
      <h1>{t('scenarios.heading')}</h1>
      <QueryState fetching={setup.fetching && !setup.data} error={setup.error}>
        <p>
          <label htmlFor="cycle">{t('scenarios.cycle')}</label>{' '}
          <select
            id="cycle"
            value={cycle?.id ?? ''}
            onChange={(event) => {
              setCycleId(event.target.value);
              setShownId('');
              setCompareId('');
            }}
          >
            {cycles.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </p>
        {cycle && (
          <WhatIfForm
            cycle={cycle}
            lenses={setup.data?.equityLenses ?? []}
            onStarted={(scenarioId) => {
              setFormRunId(scenarioId);
              refetchScenarios({ requestPolicy: 'network-only' });
            }}
            onRan={(scenarioId) => {
              refetchScenarios({ requestPolicy: 'network-only' });
              if (shownId !== scenarioId) setCompareId(shownId);
              setShownId(scenarioId);
            }}
          />
        )}
        <section className="card" aria-labelledby="scenario-list-heading">
          <h2 id="scenario-list-heading">{t('scenarios.listHeading')}</h2>
          <QueryState fetching={scenarios.fetching && !scenarios.data} error={scenarios.error}>
            {list.length === 0 ? (
              <p>{t('scenarios.noneYet')}</p>
            ) : (
              <div className="controls">
                <label>
                  {t('scenarios.show')}{' '}
                  <select value={shownId} onChange={(event) => setShownId(event.target.value)} data-testid="scenario-shown">
                    {list.map((scenario) => (
                      <option key={scenario.id} value={scenario.id}>
                        {scenario.name}
                        {scenario.adopted ? ` (${t('scenarios.adoptedMark')})` : ''}
                        {scenario.status !== 'COMPLETED' ? ` (${t(`scenarioStatus.${scenario.status}`)})` : ''}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('scenarios.compareWith')}{' '}
                  <select value={compareId} onChange={(event) => setCompareId(event.target.value)} data-testid="scenario-compare">
                    <option value="">{t('scenarios.noComparison')}</option>
                    {list
                      .filter((scenario) => scenario.id !== shownId && scenario.status === 'COMPLETED')
                      .map((scenario) => (
                        <option key={scenario.id} value={scenario.id}>
                          {scenario.name}
                        </option>
                      ))}
                  </select>
                </label>
              </div>
            )}
          </QueryState>
        </section>
        {compareId && shownId && compareId !== shownId && <ScenarioComparison a={compareId} b={shownId} />}
        {shownId && <ScenarioDetail id={shownId} followedAbove={shownId === formRunId} onAdopted={() => refetchScenarios({ requestPolicy: 'network-only' })} />}
      </QueryState>
    </>
  );
}
