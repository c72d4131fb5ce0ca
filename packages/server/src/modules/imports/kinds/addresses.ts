import { ADDRESS_SHEET, type AddressRowValue } from '@wharf/domain/imports';
import { addAddresses } from '../../addresses/service.ts';
import type { ImportKindHandler } from './kind.ts';

/**
 * An address book moved from another account (seed 000 usage Q10): a sender or recipient per row, each checked
 * as the sheet reads it (the same rule as an order's recipient); committing adds them all, or none when the book
 * would pass its limit.
 */
export const addressImport: ImportKindHandler<AddressRowValue> = {
  kind: 'addresses',
  definition: ADDRESS_SHEET,
  sheet: { kind: 'addresses', hsCode: null },

  async checkRows() {
    // Nothing in the database decides whether a row is right: duplicates are allowed, as in the book itself.
  },

  async commit(context, rows) {
    const writer = { enterpriseId: context.enterprise.id, userId: context.actor.id, locale: context.locale, clock: context.clock };
    return addAddresses(context.db, writer, rows.map((row) => row.value!), { import: context.importId });
  },
};
