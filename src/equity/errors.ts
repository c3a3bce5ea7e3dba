/** The problem breaks the file format; the message starts with the bad field path. */
export class ScenarioFormatError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'ScenarioFormatError';
  }
}

/** The problem is well formed but its pins cannot all be honoured. */
export class ScenarioInfeasibleError extends Error {
  constructor(
    readonly requestId: string,
    detail: string,
  ) {
    super(`request ${requestId}: ${detail}`);
    this.name = 'ScenarioInfeasibleError';
  }
}

/** A ScenarioSolverPool solve ran out of time; its worker was terminated and replaced. */
export class ScenarioTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`scenario solve did not finish within ${timeoutMs} ms; the worker was terminated`);
    this.name = 'ScenarioTimeoutError';
  }
}

/** A ScenarioSolverPool solve was stopped by its caller; its worker was terminated and replaced. */
export class ScenarioCancelledError extends Error {
  constructor() {
    super('scenario solve was cancelled; the worker was terminated');
    this.name = 'ScenarioCancelledError';
  }
}
