import { html, nothing } from 'lit';
import type { Translation } from '../../i18n/translation.ts';
import type { OrderDetailText } from './i18n/en.ts';
import type { OrderMoves } from './order-moves.ts';

/**
 * The question a move asks before it goes: the waybill terms with “I accept” (confirm), or the security PIN
 * (submit). Enter answers, Escape cancels; the heading takes the focus when it opens.
 */
export function movePrompt(text: OrderDetailText, t: Translation, moves: OrderMoves) {
  const prompt = moves.prompt;
  if (!prompt) return nothing;
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') moves.cancel();
  };
  if (prompt.kind === 'terms') {
    return html`<form part="prompt" class="prompt" aria-labelledby="prompt-title" novalidate @keydown=${escape}
      @submit=${(event: SubmitEvent) => (event.preventDefault(), void moves.acceptAndConfirm())}>
      <h3 id="prompt-title" tabindex="-1">${text.termsTitle}</h3>
      <p class="hint">${text.termsVersion(prompt.terms.version)}</p>
      <div class="terms" part="terms" tabindex="0" role="document" aria-label=${text.termsTitle}>${prompt.terms.text}</div>
      <label class="choice"><input type="checkbox" id="terms-accept" .checked=${prompt.accepted} @change=${(event: Event) => moves.tick((event.target as HTMLInputElement).checked)} /> ${text.termsAccept}</label>
      <div class="row">
        <button type="submit" part="accept" ?disabled=${!prompt.accepted || Boolean(moves.busy)}>${moves.busy ? t.common.working : text.termsAcceptAndConfirm}</button>
        <button type="button" class="secondary" @click=${() => moves.cancel()}>${text.cancel}</button>
      </div>
    </form>`;
  }
  return html`<form part="prompt" class="prompt" aria-labelledby="prompt-title" novalidate @keydown=${escape}
    @submit=${(event: SubmitEvent) => (event.preventDefault(), void moves.submitWithPin())}>
    <h3 id="prompt-title" tabindex="-1">${text.pinTitle}</h3>
    <div class="field">
      <label for="securityPin">${text.pin}</label>
      <input id="securityPin" name="securityPin" type="password" inputmode="numeric" autocomplete="off" maxlength="6" required aria-required="true"
        aria-invalid=${prompt.error ? 'true' : 'false'} aria-describedby="securityPin-hint securityPin-error" .value=${prompt.pin}
        @input=${(event: InputEvent) => moves.typePin((event.target as HTMLInputElement).value)} />
      <p class="hint" id="securityPin-hint">${text.pinHint}</p>
      <p class="error" id="securityPin-error" part="error" role="alert">${prompt.error ?? ''}</p>
    </div>
    <div class="row">
      <button type="submit" part="submit-pin" ?disabled=${Boolean(moves.busy)}>${moves.busy ? t.common.working : text.pinSubmit}</button>
      <button type="button" class="secondary" @click=${() => moves.cancel()}>${text.cancel}</button>
    </div>
  </form>`;
}
