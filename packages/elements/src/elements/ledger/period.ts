/** A period of the ledger: days as `YYYY-MM-DD` (the ledger's calendar, UTC+8), either end optional. */
export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/** Why a period cannot be asked for: its start after its end. */
export function periodProblem(period: Period): 'period_reversed' | undefined {
  return period.from && period.to && period.from > period.to ? 'period_reversed' : undefined;
}
