import type { LedgerKind } from '@wharf/domain/enterprises';

/**
 * The strings of `<wharf-ledger>` only. Notes for translators: the ledger is the enterprise's monthly account
 * (月结账户) with the provider — top-ups paid in and fees charged per shipped order; a “statement” is the monthly
 * statement (月结账单).
 */
export interface LedgerText {
  title: string;
  loading: string;
  balance: string;
  /** Said with the balance when it is below zero. */
  owing: string;
  noCurrency: string;
  period: string;
  from: string;
  to: string;
  apply: string;
  clear: string;
  periodWrong: string;
  entriesCaption: (shown: number, period: string | undefined) => string;
  periodLabel: (from: string | undefined, to: string | undefined) => string;
  noEntries: string;
  noEntriesInPeriod: string;
  date: string;
  kind: string;
  kinds: Record<LedgerKind, string>;
  note: string;
  amount: string;
  more: string;
  loadingMore: string;
  statements: string;
  statementsHint: string;
  month: string;
  download: string;
  downloading: string;
  downloaded: (name: string) => string;
  saveAgain: (name: string) => string;
  statementFile: (month: string) => string;
}

export const en: LedgerText = {
  title: 'Account and statements',
  loading: 'Loading the account…',
  balance: 'Balance',
  owing: 'owed to the warehouse',
  noCurrency: 'No trading currency yet: nothing has been charged or paid in.',
  period: 'Entries in a period',
  from: 'From',
  to: 'To',
  apply: 'Show',
  clear: 'All entries',
  periodWrong: 'The start of the period must be on or before its end.',
  entriesCaption: (shown, period) => `${shown} ${shown === 1 ? 'entry' : 'entries'}${period ? `, ${period}` : ''}`,
  periodLabel: (from, to) => (from && to ? `${from} to ${to}` : from ? `from ${from}` : to ? `until ${to}` : ''),
  noEntries: 'No entries yet. Fees show here when orders ship, top-ups when the warehouse records them.',
  noEntriesInPeriod: 'No entries in this period.',
  date: 'Date',
  kind: 'Kind',
  kinds: { 'top-up': 'Top-up', fee: 'Fee' },
  note: 'Details',
  amount: 'Amount',
  more: 'Show more entries',
  loadingMore: 'Loading more…',
  statements: 'Monthly statements',
  statementsHint: 'A statement lists the opening balance, each fee with its order number, top-ups and the closing balance (.xlsx). It is also mailed to the billing email each month.',
  month: 'Month',
  download: 'Download statement',
  downloading: 'Preparing the statement…',
  downloaded: (name) => `Statement ${name} downloaded.`,
  saveAgain: (name) => `Save ${name} again`,
  statementFile: (month) => `statement-${month}.xlsx`,
};
