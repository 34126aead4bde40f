import type { RunTotals, Severity } from '../model/index.js';

export interface ExitPolicy {
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** The least severity that fails the run (--fail-severity); errors by default. */
  failSeverity?: Severity;
  /** Something else went wrong with the run itself (an operand matched nothing, an output could not be written). */
  ioProblem?: boolean;
}

/**
 * The one place exit codes are decided, for every command: 2 when a file or an output could not
 * be read or written at all, 1 when errors were found (or more warnings than allowed), else 0.
 */
export function exitCode(totals: Pick<RunTotals, 'error' | 'warning' | 'fatal'> & { info?: number }, policy: ExitPolicy = {}): 0 | 1 | 2 {
  if (totals.fatal || policy.ioProblem) return 2;
  if (totals.error > 0) return 1;
  // Suppressed findings are not in these counts: they never fail a run.
  const fail = policy.failSeverity ?? 'error';
  if (fail !== 'error' && totals.warning > 0) return 1;
  if (fail === 'info' && (totals.info ?? 0) > 0) return 1;
  if (policy.maxWarnings !== undefined && totals.warning > policy.maxWarnings) return 1;
  return 0;
}
