import type { Locale } from '@wharf/domain/common';
import type { LedgerKind } from '@wharf/domain/enterprises';

/** What a monthly statement's figures are, for its mail. */
export interface StatementFigures {
  enterprise: string;
  month: string;
  currency: string;
  opening: string;
  topUps: string;
  fees: string;
  closing: string;
  /** Where the customer downloads the statement, when the server knows its portal's address. */
  link?: string;
}

/** The words of a monthly statement (月结账单) and of its mail, per locale. */
export interface StatementText {
  sheet: string;
  title: (enterprise: string, month: string) => string;
  account: string;
  currency: string;
  period: string;
  columns: { date: string; kind: string; order: string; note: string; topUp: string; fee: string; balance: string };
  kinds: Record<LedgerKind, string>;
  opening: string;
  totals: string;
  closing: string;
  fileName: (month: string) => string;
  mail: { subject: (figures: StatementFigures) => string; text: (figures: StatementFigures) => string };
}

const TEXT: Record<Locale, StatementText> = {
  en: {
    sheet: 'Statement',
    title: (enterprise, month) => `${enterprise} — monthly statement ${month}`,
    account: 'Account',
    currency: 'Currency',
    period: 'Period (UTC+8)',
    columns: { date: 'Date', kind: 'Type', order: 'Order number', note: 'Note', topUp: 'Top-up', fee: 'Fee', balance: 'Balance' },
    kinds: { 'top-up': 'Top-up', fee: 'Fee' },
    opening: 'Opening balance',
    totals: 'Totals',
    closing: 'Closing balance',
    fileName: (month) => `statement-${month}.xlsx`,
    mail: {
      subject: (f) => `Wharf monthly statement ${f.month} — ${f.enterprise}`,
      text: (f) =>
        [
          `Your Wharf statement for ${f.month} (${f.currency}):`,
          '',
          `Opening balance: ${f.opening}`,
          `Top-ups: ${f.topUps}`,
          `Fees: ${f.fees}`,
          `Closing balance: ${f.closing}`,
          '',
          f.link ? `Download the statement with every entry and its order number: ${f.link}` : 'Download the statement with every entry and its order number from the Ledger page of the portal.',
        ].join('\n'),
    },
  },
  'zh-CN': {
    sheet: '月结账单',
    title: (enterprise, month) => `${enterprise} ${month} 月结账单`,
    account: '账号',
    currency: '币种',
    period: '账期（北京时间）',
    columns: { date: '日期', kind: '类型', order: '订单号', note: '备注', topUp: '充值', fee: '费用', balance: '余额' },
    kinds: { 'top-up': '充值', fee: '费用' },
    opening: '期初余额',
    totals: '本期合计',
    closing: '期末余额',
    fileName: (month) => `月结账单-${month}.xlsx`,
    mail: {
      subject: (f) => `Wharf ${f.month} 月结账单 — ${f.enterprise}`,
      text: (f) =>
        [
          `您的 Wharf ${f.month} 月结账单（${f.currency}）：`,
          '',
          `期初余额：${f.opening}`,
          `本期充值：${f.topUps}`,
          `本期费用：${f.fees}`,
          `期末余额：${f.closing}`,
          '',
          f.link ? `下载含每笔费用及订单号的账单：${f.link}` : '请在门户的“账户余额”页面下载含每笔费用及订单号的账单。',
        ].join('\n'),
    },
  },
  'zh-HK': {
    sheet: '月結賬單',
    title: (enterprise, month) => `${enterprise} ${month} 月結賬單`,
    account: '賬號',
    currency: '幣種',
    period: '賬期（香港時間）',
    columns: { date: '日期', kind: '類型', order: '訂單號', note: '備註', topUp: '增值', fee: '費用', balance: '餘額' },
    kinds: { 'top-up': '增值', fee: '費用' },
    opening: '期初餘額',
    totals: '本期合計',
    closing: '期末餘額',
    fileName: (month) => `月結賬單-${month}.xlsx`,
    mail: {
      subject: (f) => `Wharf ${f.month} 月結賬單 — ${f.enterprise}`,
      text: (f) =>
        [
          `您的 Wharf ${f.month} 月結賬單（${f.currency}）：`,
          '',
          `期初餘額：${f.opening}`,
          `本期增值：${f.topUps}`,
          `本期費用：${f.fees}`,
          `期末餘額：${f.closing}`,
          '',
          f.link ? `下載含每筆費用及訂單號的賬單：${f.link}` : '請在門戶的「賬戶餘額」頁面下載含每筆費用及訂單號的賬單。',
        ].join('\n'),
    },
  },
};

export function statementText(locale: Locale): StatementText {
  return TEXT[locale];
}
