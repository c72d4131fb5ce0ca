import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../provider/define.ts';
import './define.ts';
import { ledgerText, type WharfLedger } from './ledger.ts';
import { api, enterpriseAdmin, eventually, recordRequests, shadow, shadowText, TEST_OPERATOR_TOKEN } from '../../testing/helpers.ts';

async function mount(token: string, locale = 'en') {
  const provider = await fixture(html`<wharf-provider session-token=${token} locale=${locale}><wharf-ledger></wharf-ledger></wharf-provider>`);
  const ledger = provider.querySelector('wharf-ledger') as WharfLedger;
  await eventually(() => ledger.shadowRoot!.querySelector('[part=balance]'), () => shadowText(ledger), 10000);
  return ledger;
}

/** Records an entry as the warehouse does (the test operator). */
async function record(enterpriseId: string, kind: 'top-up' | 'fee', amount: string, note: string) {
  const answer = await api('POST', `/v1/operator/enterprises/${enterpriseId}/ledger`, { token: TEST_OPERATOR_TOKEN, body: { kind, amount, note } });
  if (answer.status !== 201) throw new Error(`entry not recorded: ${answer.status} ${JSON.stringify(answer.body)}`);
}

async function customerWithEntries() {
  const admin = await enterpriseAdmin();
  await record(admin.enterprise.id, 'top-up', '1000.00', 'Bank transfer 0001');
  await record(admin.enterprise.id, 'fee', '35.50', 'SO0000000001');
  return admin;
}

const rows = (ledger: HTMLElement) => [...ledger.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const typeDate = (ledger: HTMLElement, id: string, value: string) => {
  const input = shadow<HTMLInputElement>(ledger, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
};
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);

describe('<wharf-ledger>', () => {
  it('shows the balance and the entries, newest first, fees taken off, and passes an accessibility audit', async () => {
    const admin = await customerWithEntries();
    const ledger = await mount(admin.token);
    const t = ledgerText('en');
    expect(shadow(ledger, '.balance strong').textContent).to.equal('HK$964.50');
    await eventually(() => rows(ledger).length === 2, () => shadowText(ledger));
    expect(rows(ledger)[0]).to.contain(t.kinds.fee).and.contain('SO0000000001').and.contain('−HK$35.50');
    expect(rows(ledger)[1]).to.contain(t.kinds['top-up']).and.contain('+HK$1,000.00');
    expect(shadowText(ledger)).to.contain(t.entriesCaption(2, undefined));
    await expect(ledger).to.be.accessible();
  });

  it('a balance below zero is said to be owed', async () => {
    const admin = await enterpriseAdmin();
    await record(admin.enterprise.id, 'fee', '12.00', 'SO0000000002');
    const ledger = await mount(admin.token);
    expect(shadow(ledger, '.balance').getAttribute('data-negative')).to.equal('true');
    expect(shadowText(ledger)).to.contain(ledgerText('en').owing);
  });

  it('narrows the entries to a period, and refuses a period that ends before it starts without asking the server', async () => {
    const admin = await customerWithEntries();
    const ledger = await mount(admin.token);
    const t = ledgerText('en');
    await eventually(() => rows(ledger).length === 2);

    const recorder = recordRequests();
    try {
      typeDate(ledger, 'ledger-from', isoDay(5));
      typeDate(ledger, 'ledger-to', isoDay(2));
      shadow<HTMLButtonElement>(ledger, 'form.period button[type=submit]').click();
      await eventually(() => shadow(ledger, '#period-error').textContent === t.periodWrong, () => shadowText(ledger));
      expect(shadow(ledger, '#ledger-from').getAttribute('aria-invalid')).to.equal('true');
      expect(recorder.requests).to.have.length(0);
    } finally {
      recorder.stop();
    }

    typeDate(ledger, 'ledger-to', isoDay(30));
    shadow<HTMLButtonElement>(ledger, 'form.period button[type=submit]').click();
    await eventually(() => shadowText(ledger).includes(t.noEntriesInPeriod), () => shadowText(ledger));

    typeDate(ledger, 'ledger-from', isoDay(-2));
    typeDate(ledger, 'ledger-to', isoDay(2));
    shadow<HTMLButtonElement>(ledger, 'form.period button[type=submit]').click();
    await eventually(() => rows(ledger).length === 2, () => shadowText(ledger));
    expect(shadowText(ledger)).to.contain(t.entriesCaption(2, t.periodLabel(isoDay(-2), isoDay(2))));
  });

  it('downloads the month’s statement as an .xlsx under a localized name', async () => {
    const admin = await customerWithEntries();
    const ledger = await mount(admin.token, 'zh-CN');
    const t = ledgerText('zh-CN');
    const month = shadow<HTMLInputElement>(ledger, '#statement-month').value;
    expect(month).to.match(/^\d{4}-\d{2}$/);
    shadow<HTMLButtonElement>(ledger, 'button[part=download]').click();
    await eventually(() => ledger.shadowRoot!.querySelector('a[download]'), () => shadowText(ledger), 10000);
    const link = shadow<HTMLAnchorElement>(ledger, 'a[download]');
    expect(link.download).to.equal(t.statementFile(month));
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!), 'an .xlsx is a zip').to.equal('PK');
    expect(shadowText(ledger)).to.contain(t.downloaded(t.statementFile(month)));
  });

  it('fits a 360 px wide screen in Traditional Chinese', async () => {
    await setViewport({ width: 360, height: 720 });
    try {
      const admin = await customerWithEntries();
      const ledger = await mount(admin.token, 'zh-HK');
      await eventually(() => rows(ledger).length === 2);
      expect(shadowText(ledger)).to.contain(ledgerText('zh-HK').title);
      expect(ledger.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(ledger.clientWidth);
      await expect(ledger).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
