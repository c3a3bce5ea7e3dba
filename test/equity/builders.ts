import type { ScenarioProblem, ScenarioRequest } from '../../src/equity';

/** One-criterion lens, so a request's equity score is simply its `need`. */
export function request(id: string, need: number, fields: Partial<ScenarioRequest> = {}): ScenarioRequest {
  return { id, scores: { need }, focalGroups: [], oneTime: 0, recurring: 0, fte: 0, ...fields };
}

export function problem(
  years: number[],
  tier1: Array<[number, number]>,
  tier2: Array<[number, number]>,
  requests: ScenarioRequest[],
  fields: Partial<ScenarioProblem> = {},
): ScenarioProblem {
  const envelope = (pairs: Array<[number, number]>) => pairs.map(([money, fte]) => ({ money, fte }));
  return {
    years,
    envelopes: { tier1: envelope(tier1), tier2: envelope(tier2) },
    lens: { criteria: [{ key: 'need', weight: 1 }] },
    requests,
    ...fields,
  };
}
