import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ProductListText } from './i18n/en.ts';

/** The product whose deletion awaits confirmation, and where the request came from. */
export type Confirming = { sku: string; name: string; from: 'list' | 'detail' };

export interface DeleteDialogView {
  text: ProductListText;
  confirming?: Confirming | undefined;
  busy: boolean;
  confirm: () => void;
  cancel: () => void;
  /** Whether the dialog is (still) open: closing it any other way cancels. */
  isOpen: () => boolean;
}

/** The delete confirmation (a modal `<dialog>`; Escape and Cancel leave the product as it is). */
export function deleteDialog({ text, confirming, busy, confirm, cancel, isOpen }: DeleteDialogView) {
  return html`<dialog
    part="dialog"
    aria-labelledby=${ifDefined(confirming ? 'confirm-title' : undefined)}
    aria-describedby=${ifDefined(confirming ? 'confirm-text' : undefined)}
    @cancel=${cancel}
    @close=${() => isOpen() || cancel()}
  >
    ${confirming
      ? html`<h3 id="confirm-title">${text.confirmTitle}</h3>
          <p id="confirm-text">${text.confirmRemove(confirming.sku, confirming.name)}</p>
          <div class="row">
            <button type="button" class="danger" data-action="confirm" aria-disabled=${busy ? 'true' : 'false'} @click=${confirm}>${busy ? text.working : text.remove}</button>
            <button type="button" class="secondary" data-action="cancel" @click=${cancel}>${text.cancel}</button>
          </div>`
      : nothing}
  </dialog>`;
}
