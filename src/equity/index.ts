export { checkScenarioProblem, solveScenario } from './engine';
export { parseScenarioProblem, type ParsedScenarioProblem, type ParsedScenarioRequest } from './parse';
export { scoreRequest, type EquityScore } from './score';
export { ScenarioSolverPool, type ScenarioSolverPoolOptions, type ScenarioSolveOptions } from './worker';
export { ScenarioCancelledError, ScenarioFormatError, ScenarioInfeasibleError, ScenarioTimeoutError } from './errors';
export { formatMoney } from './format';
export type * from './types';
export { fundWithExtra, problemWithExtra } from './what-if';
export {
  COMMUNITY_VOTE_CRITERION,
  pabulibToScenario,
  parsePabulib,
  writePabulib,
  type PabulibCycle,
  type PabulibExportMeta,
  type PabulibInstance,
  type PabulibPlan,
  type PabulibProject,
} from './pabulib';
