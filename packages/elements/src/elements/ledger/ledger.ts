import type { Ledger, LedgerEntry } from '@wharf/domain';
import { monthOf } from '@wharf/domain/enterprises';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { FileDownload } from '../../controllers/file-download.ts';
import { SessionTask } from '../../controllers/session-task.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import { formMessage } from '../../internal/templates.ts';
import { WharfElement } from '../../internal/wharf-element.ts';
import { catalogue } from '../../i18n/localize.ts';
import { formStyles } from '../../styles/form.styles.ts';
import { panelStyles } from '../../styles/panel.styles.ts';
import { tableStyles } from '../../styles/table.styles.ts';
import { formatDate, formatPrice } from '../product-list/format.ts';
import { en, type LedgerText } from './i18n/en.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { zhHK } from './i18n/zh-HK.ts';
import { ledgerStyles } from './ledger.styles.ts';
import { type Period, periodProblem } from './period.ts';

/** The strings of `<wharf-ledger>` in each locale. */
export const ledgerText = catalogue<LedgerText>({ en, 'zh-CN': zhCN, 'zh-HK': zhHK });

/**
 * The enterprise's monthly account with the warehouse (PRODUCT §1.12, §4.14; seed 000 月结): the balance in
 * the trading currency, its entries — fees charged per shipped order, top-ups — newest first, narrowed to a period,
 * and the monthly statement (月结账单) of any month as an .xlsx download.
 *
 * @tagname wharf-ledger
 *
 * @csspart balance - The balance.
 * @csspart period - The period filter.
 * @csspart table - The table of entries.
 * @csspart more - The “Show more entries” button.
 * @csspart statements - The monthly statement section.
 * @csspart download - The “Download statement” button.
 * @csspart message - Errors and announcements.
 *
 * @cssproperty --wharf-color-primary - Buttons.
 * @cssproperty --wharf-color-danger - Errors and a balance below zero.
 * @cssproperty --wharf-color-border - Borders.
 * @cssproperty --wharf-color-surface - Backgrounds.
 * @cssproperty --wharf-radius - Corner radius.
 * @cssproperty --wharf-space - Spacing.
 */
export class WharfLedger extends WharfElement {
  static override styles = [formStyles, tableStyles, panelStyles, ledgerStyles];

  /** The period the entries are shown for (both ends optional). */
  @state() private period: Period = {};
  /** The period as typed, until “Show”. */
  @state() private typed: Period = {};
  @state() private periodError?: string;
  @state() private month = monthOf(new Date());
  @state() private entries: LedgerEntry[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private moreError?: string;
  @state() private announcement = '';

  readonly #statement = new FileDownload({ host: this, announce: (message) => (this.announcement = message) });

  readonly #data = new SessionTask(this, {
    client: () => this.client,
    args: (): [Period] => [this.period],
    load: (client, signal, period) => client.enterprises.ledger('current', { from: period.from, to: period.to }, { signal }),
    onComplete: (ledger: Ledger) => {
      this.entries = ledger.data;
      this.nextCursor = ledger.nextCursor;
      this.moreError = undefined;
    },
  });

  private get text(): LedgerText {
    return ledgerText(this.effectiveLocale);
  }

  /** Loads the balance and the entries again. */
  load(): Promise<void> {
    return this.#data.run();
  }

  #apply(event: SubmitEvent) {
    event.preventDefault();
    const problem = periodProblem(this.typed);
    this.periodError = problem ? this.text.periodWrong : undefined;
    if (problem) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#ledger-from')?.focus());
      return;
    }
    this.period = { ...this.typed };
  }

  #clear() {
    this.typed = {};
    this.periodError = undefined;
    this.period = {};
  }

  async #more() {
    if (!this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await this.client.enterprises.ledger('current', { from: this.period.from, to: this.period.to, cursor: this.nextCursor });
      this.entries = [...this.entries, ...page.data];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.moreError = errorsFrom(error, this.t, []).form;
    } finally {
      this.loadingMore = false;
    }
  }

  #download(event: SubmitEvent) {
    event.preventDefault();
    const text = this.text;
    const month = this.month;
    if (!month) return;
    void this.#statement.download(
      text.statementFile(month),
      () => this.client.enterprises.statement('current', month),
      { busy: text.downloading, done: text.downloaded },
      (error) => errorsFrom(error, this.t, []).form,
    );
  }

  override render() {
    const text = this.text;
    return html`<h2>${text.title}</h2>
      <div role="status" part="message" class="visually-hidden">${this.announcement}</div>
      ${this.#data.render({
        initial: () => html`<p role="status">${text.loading}</p>`,
        pending: () => (this.#data.value ? this.#account(this.#data.value) : html`<p role="status">${text.loading}</p>`),
        complete: (ledger) => this.#account(ledger),
        error: (error) => formMessage(errorsFrom(error, this.t, []).form),
      })}
      ${this.#statements(text)}`;
  }

  #account(ledger: Ledger) {
    const text = this.text;
    const locale = this.effectiveLocale;
    const negative = ledger.balance.startsWith('-');
    return html`<section part="balance" aria-labelledby="balance-title">
        <h3 id="balance-title">${text.balance}</h3>
        ${ledger.currency
          ? html`<p class="balance" data-negative=${negative ? 'true' : 'false'}>
              <strong>${formatPrice(locale, ledger.balance, ledger.currency)}</strong>${negative ? html` <span class="hint">${text.owing}</span>` : nothing}
            </p>`
          : html`<p class="hint">${text.noCurrency}</p>`}
      </section>
      <section aria-labelledby="period-title">
        <h3 id="period-title">${text.period}</h3>
        ${this.#periodForm(text)} ${this.#entries(ledger, text)}
      </section>`;
  }

  #periodForm(text: LedgerText) {
    const dateInput = (id: string, label: string, key: keyof Period) => html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="date" .value=${this.typed[key] ?? ''} aria-invalid=${this.periodError ? 'true' : 'false'} aria-describedby="period-error"
        @input=${(event: InputEvent) => (this.typed = { ...this.typed, [key]: (event.target as HTMLInputElement).value || undefined })} />
    </div>`;
    return html`<form part="period" class="period" novalidate @submit=${this.#apply}>
      ${dateInput('ledger-from', text.from, 'from')} ${dateInput('ledger-to', text.to, 'to')}
      <div class="row">
        <button type="submit">${text.apply}</button>
        ${this.period.from || this.period.to ? html`<button type="button" class="secondary" @click=${this.#clear}>${text.clear}</button>` : nothing}
      </div>
      <p class="error" id="period-error" role="alert">${this.periodError ?? ''}</p>
    </form>`;
  }

  #entries(ledger: Ledger, text: LedgerText) {
    const locale = this.effectiveLocale;
    const filtered = Boolean(this.period.from || this.period.to);
    if (this.entries.length === 0) return html`<p class="hint">${filtered ? text.noEntriesInPeriod : text.noEntries}</p>`;
    const caption = text.entriesCaption(this.entries.length, filtered ? text.periodLabel(this.period.from, this.period.to) : undefined);
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${caption}>
        <table part="table">
          <caption>${caption}</caption>
          <thead>
            <tr><th scope="col">${text.date}</th><th scope="col">${text.kind}</th><th scope="col">${text.note}</th><th scope="col" class="number">${text.amount}</th></tr>
          </thead>
          <tbody>
            ${this.entries.map(
              (entry) => html`<tr data-kind=${entry.kind}>
                <td><time datetime=${entry.at}>${formatDate(locale, entry.at)}</time></td>
                <td>${text.kinds[entry.kind]}</td>
                <td class="note">${entry.note}</td>
                <td class="number">${entry.kind === 'fee' ? '−' : '+'}${formatPrice(locale, entry.amount, entry.currency ?? ledger.currency ?? '')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.nextCursor
        ? html`<button type="button" class="secondary" part="more" ?disabled=${this.loadingMore} @click=${this.#more}>${this.loadingMore ? text.loadingMore : text.more}</button>`
        : nothing}
      ${this.moreError ? formMessage(this.moreError) : nothing}`;
  }

  #statements(text: LedgerText) {
    const download = this.#statement;
    return html`<section part="statements" aria-labelledby="statements-title">
      <h3 id="statements-title">${text.statements}</h3>
      <p class="hint" id="statements-hint">${text.statementsHint}</p>
      <form class="row statement" novalidate @submit=${this.#download}>
        <div class="field">
          <label for="statement-month">${text.month}</label>
          <input id="statement-month" type="month" required max=${monthOf(new Date())} .value=${this.month} aria-describedby="statements-hint"
            @input=${(event: InputEvent) => (this.month = (event.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" part="download" ?disabled=${download.busy || !this.month}>${download.busy ? text.downloading : text.download}</button>
      </form>
      ${download.file ? html`<a href=${download.file.url} download=${download.file.name}>${text.saveAgain(download.file.name)}</a>` : nothing}
      ${download.error ? formMessage(download.error) : nothing}
    </section>`;
  }
}
