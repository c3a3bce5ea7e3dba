import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { PinCandidatesDocument, StartWhatIfDocument, type ScenarioSetupQuery, type ScenarioSolver } from '../../generated/graphql';
import { fiscalYearLabel } from '../../lib/format';
import { errorMessage } from '../../components/QueryState';
import { ScenarioRun } from './ScenarioRun';

type Cycle = ScenarioSetupQuery['budgetCycles'][number];
type Lens = ScenarioSetupQuery['equityLenses'][number];

interface CapRow {
  year: number;
  moneyPercent: string;
  ftePercent: string;
}

interface PinRow {
  key: number;
  requestId: string;
  mode: 'pin' | 'exclude';
  tier: string;
  startYear: string;
  reason: string;
}

/**
 * A what-if: cap changes per year, lens weights, pins and exclusions with reasons. Starts it as a
 * queued run and follows its progress (ScenarioRun); onRan is called once it is COMPLETED.
 */
export function WhatIfForm({ cycle, lenses, onStarted, onRan }: { cycle: Cycle; lenses: Lens[]; onStarted: (scenarioId: string) => void; onRan: (scenarioId: string) => void }) {
  const { t } = useTranslation();
  const [requests] = useQuery({ query: PinCandidatesDocument });
  const [start, startScenario] = useMutation(StartWhatIfDocument);
  const [name, setName] = useState('');
  const [solver, setSolver] = useState<ScenarioSolver>('OPTIMAL');
  const [lensId, setLensId] = useState(lenses[0]?.id ?? '');
  const lens = lenses.find((candidate) => candidate.id === lensId) ?? lenses[0];
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [caps, setCaps] = useState<CapRow[]>([]);
  const [pins, setPins] = useState<PinRow[]>([]);
  /** The run started last, and whether it has finished (one at a time from this form). */
  const [current, setCurrent] = useState<{ id: string; name: string; finished: boolean } | null>(null);
  const busy = start.fetching || (current !== null && !current.finished);

  useEffect(() => setCaps(cycle.fiscalYears.map((year) => ({ year: year.year, moneyPercent: '0', ftePercent: '0' }))), [cycle]);
  useEffect(() => setWeights(Object.fromEntries((lens?.criteria ?? []).map((criterion) => [criterion.key, String(criterion.weight)]))), [lens]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!lens) return;
    const result = await startScenario({
      input: {
        cycleId: cycle.id,
        lensId: lens.id,
        name: name.trim(),
        solver,
        capAdjustments: caps
          .filter((cap) => Number(cap.moneyPercent) !== 0 || Number(cap.ftePercent) !== 0)
          .map((cap) => ({ year: cap.year, moneyPercent: Number(cap.moneyPercent), ftePercent: Number(cap.ftePercent) })),
        weightOverrides: lens.criteria
          .filter((criterion) => weights[criterion.key] !== undefined && Number(weights[criterion.key]) !== criterion.weight)
          .map((criterion) => ({ criterionKey: criterion.key, weight: Number(weights[criterion.key]) })),
        pins: pins
          .filter((pin) => pin.requestId)
          .map((pin) =>
            pin.mode === 'exclude'
              ? { requestId: pin.requestId, excluded: true, reason: pin.reason }
              : { requestId: pin.requestId, tier: Number(pin.tier), startYear: pin.startYear ? Number(pin.startYear) : null, reason: pin.reason },
          ),
      },
    });
    if (result.data) {
      setCurrent({ id: result.data.startScenario.id, name: result.data.startScenario.name, finished: false });
      onStarted(result.data.startScenario.id);
    }
  }

  const finished = useCallback(
    (scenarioId: string, status: string) => {
      setCurrent((run) => (run && run.id === scenarioId ? { ...run, finished: true } : run));
      if (status === 'COMPLETED') onRan(scenarioId);
    },
    [onRan],
  );

  const updatePin = (key: number, change: Partial<PinRow>) => setPins((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const requestOptions = (requests.data?.requests.edges ?? []).map((edge) => edge.node);

  return (
    <section className="card" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">{t('whatIf.heading')}</h2>
      <form onSubmit={submit}>
        <div className="form-grid">
          <label>
            {t('whatIf.name')}
            <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} name="scenario-name" />
          </label>
          <label>
            {t('whatIf.lens')}
            <select value={lens?.id ?? ''} onChange={(event) => setLensId(event.target.value)}>
              {lenses.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} (r{candidate.revision})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('whatIf.solver')}
            <select value={solver} onChange={(event) => setSolver(event.target.value as ScenarioSolver)} name="solver">
              <option value="OPTIMAL">{t('whatIf.solverOptimal')}</option>
              <option value="GREEDY">{t('whatIf.solverGreedy')}</option>
            </select>
          </label>
        </div>

        <fieldset>
          <legend>{t('whatIf.capsLegend')}</legend>
          <p className="muted">{t('whatIf.capsHelp')}</p>
          <div className="cap-grid">
            {caps.map((cap) => (
              <div key={cap.year} className="cap-row">
                <span className="cap-year">{fiscalYearLabel(cap.year)}</span>
                <label>
                  {t('whatIf.moneyPercent', { year: fiscalYearLabel(cap.year) })}
                  <input
                    type="number"
                    step="any"
                    min={-100}
                    value={cap.moneyPercent}
                    data-testid={`money-percent-${cap.year}`}
                    onChange={(event) => setCaps((rows) => rows.map((row) => (row.year === cap.year ? { ...row, moneyPercent: event.target.value } : row)))}
                  />
                </label>
                <label>
                  {t('whatIf.ftePercent', { year: fiscalYearLabel(cap.year) })}
                  <input
                    type="number"
                    step="any"
                    min={-100}
                    value={cap.ftePercent}
                    data-testid={`fte-percent-${cap.year}`}
                    onChange={(event) => setCaps((rows) => rows.map((row) => (row.year === cap.year ? { ...row, ftePercent: event.target.value } : row)))}
                  />
                </label>
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('whatIf.weightsLegend')}</legend>
          <div className="form-grid">
            {(lens?.criteria ?? []).map((criterion) => (
              <label key={criterion.key}>
                {criterion.label}
                <input
                  type="number"
                  step="any"
                  min={0}
                  value={weights[criterion.key] ?? ''}
                  onChange={(event) => setWeights((current) => ({ ...current, [criterion.key]: event.target.value }))}
                />
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('whatIf.pinsLegend')}</legend>
          {pins.map((pin, index) => (
            <div key={pin.key} className="pin-row" role="group" aria-label={t('whatIf.pinLabel', { n: index + 1 })}>
              <label>
                {t('whatIf.pinRequest')}
                <select value={pin.requestId} onChange={(event) => updatePin(pin.key, { requestId: event.target.value })} required>
                  <option value="">{t('whatIf.pinChoose')}</option>
                  {requestOptions.map((request) => (
                    <option key={request.id} value={request.id}>
                      {request.title}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('whatIf.pinMode')}
                <select value={pin.mode} onChange={(event) => updatePin(pin.key, { mode: event.target.value as PinRow['mode'] })}>
                  <option value="pin">{t('whatIf.pinModePin')}</option>
                  <option value="exclude">{t('whatIf.pinModeExclude')}</option>
                </select>
              </label>
              {pin.mode === 'pin' && (
                <>
                  <label>
                    {t('whatIf.pinTier')}
                    <select value={pin.tier} onChange={(event) => updatePin(pin.key, { tier: event.target.value })}>
                      <option value="1">{t('tiers.short.1')}</option>
                      <option value="2">{t('tiers.short.2')}</option>
                    </select>
                  </label>
                  <label>
                    {t('whatIf.pinYear')}
                    <select value={pin.startYear} onChange={(event) => updatePin(pin.key, { startYear: event.target.value })}>
                      <option value="">{t('whatIf.pinAnyYear')}</option>
                      {cycle.fiscalYears.map((year) => (
                        <option key={year.year} value={year.year}>
                          {fiscalYearLabel(year.year)}
                        </option>
                      ))}
                    </select>
                  </label>
                </>
              )}
              <label>
                {t('whatIf.pinReason')}
                <input value={pin.reason} onChange={(event) => updatePin(pin.key, { reason: event.target.value })} required />
              </label>
              <button type="button" onClick={() => setPins((rows) => rows.filter((row) => row.key !== pin.key))}>
                {t('whatIf.pinRemove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setPins((rows) => [...rows, { key: Date.now(), requestId: '', mode: 'pin', tier: '1', startYear: '', reason: '' }])}>
            {t('whatIf.pinAdd')}
          </button>
        </fieldset>

        <button type="submit" className="primary" disabled={busy || !lens}>
          {t('whatIf.run')}
        </button>
        <span role="status">{start.fetching ? t('whatIf.starting') : ''}</span>
        {start.error && (
          <p className="notice notice-error" role="alert">
            {errorMessage(start.error)}
          </p>
        )}
      </form>
      {current && <ScenarioRun key={current.id} scenarioId={current.id} name={current.name} onFinished={finished} />}
    </section>
  );
}
