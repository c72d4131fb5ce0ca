import type { Locale } from '@wharf/domain';
import { fieldMessage, SecurityPinEntry } from '@wharf/domain/enterprises';
import type { Order, OrderMove, WaybillTerms } from '@wharf/domain/orders';
import { isWharfError, type WharfClient } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { Translation } from '../../i18n/translation.ts';

/** What the user is asked before a move goes to the server: the waybill terms (confirm) or the security PIN (submit). */
export type Prompt = { kind: 'terms'; terms: WaybillTerms; accepted: boolean; order: Order } | { kind: 'pin'; pin: string; error?: string | undefined; order: Order };

export interface OrderMovesOptions {
  host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  client: () => WharfClient;
  t: () => Translation;
  locale: () => Locale;
  /** Whether the enterprise has a security PIN (submitting then needs it). */
  pinSet: () => boolean;
  /** The move was made: the order as it is now (none after a deletion). */
  moved: (move: OrderMove, order: Order | undefined) => void;
  /** The server refused `move`: answers true when the host shows why itself (e.g. at the fields named). */
  refused?: (move: OrderMove, error: unknown) => boolean;
}

/** Whether the server refused because the current waybill terms are not accepted (409 `terms_not_accepted`). */
function termsRefused(error: unknown): boolean {
  if (!isWharfError(error)) return false;
  return (error.problem as { code?: string }).code === 'terms_not_accepted' || error.fieldErrors.some((field) => field.code === 'terms_not_accepted');
}

/** The PIN's field error (422 at `securityPin`: missing or wrong), if that is why the server refused. */
function pinRefusal(error: unknown): string | undefined {
  return isWharfError(error) ? error.fieldError('securityPin')?.message : undefined;
}

/**
 * An order's moves as the customer makes them (API.md: confirm, back to draft, submit, delete): confirming asks for
 * the electronic waybill terms only when the user has not accepted their current version (seed 000 usage Q5), and
 * submitting asks for the security PIN only when the enterprise has one (usage Q6); the server's refusal of either
 * brings its question back.
 */
export class OrderMoves {
  busy?: OrderMove | undefined;
  error?: string | undefined;
  prompt?: Prompt | undefined;
  /** The terms version this user accepted, once known (so they are asked once per version). */
  #acceptedVersion?: number;
  readonly #options: OrderMovesOptions;

  constructor(options: OrderMovesOptions) {
    this.#options = options;
  }

  #update() {
    this.#options.host.requestUpdate();
  }

  #focusPrompt() {
    void this.#options.host.updateComplete.then(() => this.#options.host.renderRoot.querySelector<HTMLElement>('[part=prompt] h3')?.focus());
  }

  /** Makes `move` on `order`, asking first what the move needs. */
  async run(order: Order, move: OrderMove): Promise<void> {
    this.error = undefined;
    this.prompt = undefined;
    if (move === 'confirm' && this.#acceptedVersion === undefined) {
      const asked = await this.#askTermsIfNeeded(order);
      if (asked) return;
    }
    if (move === 'submit' && this.#options.pinSet()) {
      this.prompt = { kind: 'pin', pin: '', order };
      this.#update();
      this.#focusPrompt();
      return;
    }
    await this.#send(order, move);
  }

  /** Asks for the terms when this user has not accepted their current version; answers whether it asked. */
  async #askTermsIfNeeded(order: Order): Promise<boolean> {
    try {
      const terms = await this.#options.client().orders.terms.get();
      if (terms.acceptedAt) {
        this.#acceptedVersion = terms.version;
        return false;
      }
      this.prompt = { kind: 'terms', terms, accepted: false, order };
      this.#update();
      this.#focusPrompt();
      return true;
    } catch (error) {
      this.error = errorsFrom(error, this.#options.t(), []).form;
      this.#update();
      return true;
    }
  }

  /** The user ticked (or unticked) “I accept”. */
  tick(accepted: boolean) {
    if (this.prompt?.kind === 'terms') this.prompt = { ...this.prompt, accepted };
    this.#update();
  }

  typePin(pin: string) {
    if (this.prompt?.kind === 'pin') this.prompt = { ...this.prompt, pin, error: undefined };
    this.#update();
  }

  /** Accepts the terms shown and confirms. */
  async acceptAndConfirm() {
    const prompt = this.prompt;
    if (prompt?.kind !== 'terms' || !prompt.accepted) return;
    this.busy = 'confirm';
    this.#update();
    try {
      await this.#options.client().orders.terms.accept(prompt.terms.version);
      this.#acceptedVersion = prompt.terms.version;
      this.prompt = undefined;
    } catch (error) {
      this.error = errorsFrom(error, this.#options.t(), []).form;
      this.busy = undefined;
      this.#update();
      return;
    }
    await this.#send(prompt.order, 'confirm');
  }

  /** Submits with the PIN typed. */
  async submitWithPin() {
    const prompt = this.prompt;
    if (prompt?.kind !== 'pin') return;
    if (!SecurityPinEntry.safeParse(prompt.pin).success) {
      this.prompt = { ...prompt, error: fieldMessage(this.#options.locale(), 'pin_format') };
      this.#update();
      return;
    }
    await this.#send(prompt.order, 'submit', prompt.pin.trim());
  }

  cancel() {
    this.prompt = undefined;
    this.#update();
  }

  async #send(order: Order, move: OrderMove, securityPin?: string) {
    const orders = this.#options.client().orders;
    this.busy = move;
    this.#update();
    try {
      const number = order.number;
      const moved =
        move === 'confirm'
          ? await orders.confirm(number)
          : move === 'unconfirm'
            ? await orders.unconfirm(number)
            : move === 'submit'
              ? await orders.submit(number, securityPin ? { securityPin } : {})
              : (await orders.remove(number), undefined);
      this.prompt = undefined;
      this.#options.moved(move, moved);
    } catch (error) {
      if (move === 'confirm' && termsRefused(error)) {
        // A newer version was published meanwhile: ask again.
        this.#acceptedVersion = undefined;
        await this.#askTermsIfNeeded(order);
      } else if (move === 'submit' && pinRefusal(error)) {
        this.prompt = { kind: 'pin', pin: '', error: pinRefusal(error), order };
        this.#focusPrompt();
      } else {
        this.prompt = undefined;
        if (!this.#options.refused?.(move, error)) this.error = errorsFrom(error, this.#options.t(), []).form;
      }
    } finally {
      // A move that led to another (confirm, then submit) leaves the next one's state alone.
      if (this.busy === move) this.busy = undefined;
      this.#update();
    }
  }
}
