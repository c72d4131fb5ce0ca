import { ADDRESS_POLICY, AddressBookEntryInput, type AddressKind, type UpdateAddressBookEntry } from '@wharf/domain/addresses';
import { toFieldErrors, type Locale } from '@wharf/domain/common';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { audit, auditMany } from '../../audit.ts';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/database.ts';
import { addresses, type AddressRow } from '../../db/schema.ts';
import { fieldProblem, ProblemError } from '../../http/problem.ts';
import { countAddresses, findAddress } from './queries.ts';

/** A new entry as the request schema reads it: checked, trimmed, the phone in its stored form. */
export type AddressValues = z.output<typeof AddressBookEntryInput>;

/** Whose book, who acts, when. */
export interface BookWriter {
  enterpriseId: string;
  userId: string;
  locale: Locale;
  clock: Clock;
}

/**
 * Address-book writes of one enterprise, one at a time: the size limit and the single default per kind hold however
 * many requests (and uploads) arrive together.
 */
async function lockBook(tx: Executor, enterpriseId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`addresses:${enterpriseId}`}))`);
}

/** 409 `address_book_full` when `adding` more entries would pass the limit. */
async function refuseFullBook(tx: Executor, writer: BookWriter, adding: number): Promise<void> {
  const held = await countAddresses(tx, writer.enterpriseId);
  if (held + adding > ADDRESS_POLICY.bookMax) {
    throw fieldProblem(writer.locale, { type: 'conflict', path: 'kind', code: 'address_book_full', params: { max: ADDRESS_POLICY.bookMax } });
  }
}

/** The default of `kind` is no longer one: another entry is about to be. */
async function clearDefault(tx: Executor, enterpriseId: string, kind: AddressKind, now: Date): Promise<void> {
  await tx
    .update(addresses)
    .set({ isDefault: false, updatedAt: now, version: sql`${addresses.version} + 1` })
    .where(and(eq(addresses.enterpriseId, enterpriseId), eq(addresses.kind, kind), eq(addresses.isDefault, true)));
}

const rowValues = (writer: BookWriter, values: AddressValues, now: Date) => ({
  id: crypto.randomUUID(),
  enterpriseId: writer.enterpriseId,
  ...values,
  createdBy: writer.userId,
  createdAt: now,
  updatedAt: now,
});

/** Saves one entry in the caller's transaction; a default replaces the kind's default before it. */
export async function createAddress(tx: Executor, writer: BookWriter, values: AddressValues): Promise<AddressRow> {
  await lockBook(tx, writer.enterpriseId);
  await refuseFullBook(tx, writer, 1);
  const now = writer.clock.now();
  if (values.isDefault) await clearDefault(tx, writer.enterpriseId, values.kind, now);
  const [row] = await tx.insert(addresses).values(rowValues(writer, values, now)).returning();
  await audit(tx, writer.clock, { actor: { kind: 'user', id: writer.userId }, entity: 'address', entityId: row!.id, action: 'created', data: { kind: row!.kind } });
  return row!;
}

/**
 * Saves many entries at once (an upload), in order: where several are a kind's default, the last one is, as if
 * they had been added one by one.
 */
export async function addAddresses(tx: Executor, writer: BookWriter, entries: readonly AddressValues[], data: Record<string, unknown>): Promise<number> {
  await lockBook(tx, writer.enterpriseId);
  await refuseFullBook(tx, writer, entries.length);
  const now = writer.clock.now();
  const lastDefault = new Map<AddressKind, number>();
  entries.forEach((entry, index) => entry.isDefault && lastDefault.set(entry.kind, index));
  for (const kind of lastDefault.keys()) await clearDefault(tx, writer.enterpriseId, kind, now);
  const rows = entries.map((entry, index) => rowValues(writer, { ...entry, isDefault: lastDefault.get(entry.kind) === index }, now));
  for (let start = 0; start < rows.length; start += 1000) await tx.insert(addresses).values(rows.slice(start, start + 1000));
  await auditMany(
    tx,
    writer.clock,
    rows.map((row) => ({ actor: { kind: 'user', id: writer.userId }, entity: 'address', entityId: row.id, action: 'created', data: { kind: row.kind, ...data } })),
  );
  return rows.length;
}

/** The entry as it would be after `change`, checked whole as a new one is (422 naming each field found wrong). */
function changed(locale: Locale, current: AddressRow, change: UpdateAddressBookEntry): AddressValues {
  const { kind, label, isDefault, name, phone, province, city, district, street, postcode, idNumber } = current;
  const result = AddressBookEntryInput.safeParse({ kind, label, isDefault, name, phone, province, city, district, street, postcode, idNumber, ...change }, { reportInput: true });
  if (!result.success) throw new ProblemError({ type: 'validation', errors: toFieldErrors(result.error.issues, locale) });
  return result.data;
}

/** The entry `id` of the writer's book, locked (after the book, as every write takes them); 404 when there is none. */
async function lockedEntry(tx: Executor, writer: BookWriter, id: string): Promise<AddressRow> {
  await lockBook(tx, writer.enterpriseId);
  const current = await findAddress(tx, writer.enterpriseId, id, { forUpdate: true });
  if (!current) throw new ProblemError({ type: 'not-found' });
  return current;
}

/**
 * Changes one entry; `refuseStale` sees its version first (If-Match). Becoming a default, or moving to the other
 * kind as one, replaces that kind's default.
 */
export async function changeAddress(tx: Executor, writer: BookWriter, id: string, change: UpdateAddressBookEntry, refuseStale: (version: number) => void): Promise<AddressRow> {
  const current = await lockedEntry(tx, writer, id);
  refuseStale(current.version);
  const values = changed(writer.locale, current, change);
  const now = writer.clock.now();
  if (values.isDefault && (!current.isDefault || values.kind !== current.kind)) await clearDefault(tx, writer.enterpriseId, values.kind, now);
  const [row] = await tx
    .update(addresses)
    .set({ ...values, updatedAt: now, version: sql`${addresses.version} + 1` })
    .where(eq(addresses.id, current.id))
    .returning();
  await audit(tx, writer.clock, { actor: { kind: 'user', id: writer.userId }, entity: 'address', entityId: current.id, action: 'updated', data: { fields: Object.keys(change) } });
  return row!;
}

export async function removeAddress(tx: Executor, writer: BookWriter, id: string): Promise<void> {
  const current = await lockedEntry(tx, writer, id);
  await tx.delete(addresses).where(eq(addresses.id, current.id));
  await audit(tx, writer.clock, { actor: { kind: 'user', id: writer.userId }, entity: 'address', entityId: current.id, action: 'deleted', data: { kind: current.kind } });
}
