// The address-book upload (API.md "Orders and addresses", seed 000 usage Q10: moving an address book from another
// account): one sender or recipient per row, checked as an order's recipient is. The address book's export writes
// the same columns, so an exported book uploads as it is.
import { checkAddress, type AddressDraft } from '../addresses/check.ts';
import { AddressBookEntryInput } from '../addresses/schemas.ts';
import { ADDRESS_POLICY } from '../addresses/rules.ts';
import type { z } from 'zod';
import { optionIndex, textOf } from './cells.ts';
import { schemaProblems } from './products-sheet.ts';
import type { CellProblem, SheetColumn, SheetDefinition, SheetOption } from './sheet.ts';

export type AddressRowValue = z.output<typeof AddressBookEntryInput>;

export const ADDRESS_KIND_OPTIONS: readonly SheetOption[] = [
  { code: 'sender', label: { 'zh-CN': '寄件人', 'zh-HK': '寄件人', en: 'Sender' }, aliases: ['发件人', '發件人'] },
  { code: 'recipient', label: { 'zh-CN': '收件人', 'zh-HK': '收件人', en: 'Recipient' } },
];

export const YES_NO_OPTIONS: readonly SheetOption[] = [
  { code: 'yes', label: { 'zh-CN': '是', 'zh-HK': '是', en: 'Yes' }, aliases: ['Y', 'true', '1'] },
  { code: 'no', label: { 'zh-CN': '否', 'zh-HK': '否', en: 'No' }, aliases: ['N', 'false', '0'] },
];

const findKind = optionIndex(ADDRESS_KIND_OPTIONS);
const findYesNo = optionIndex(YES_NO_OPTIONS);
/** What a cell of a drop-down column may hold: its labels in any language. */
const choices = (options: readonly SheetOption[]) => [...new Set(options.flatMap((option) => Object.values(option.label)))];

export const ADDRESS_COLUMNS: readonly SheetColumn[] = [
  {
    key: 'kind',
    required: true,
    header: { 'zh-CN': '类型', 'zh-HK': '類型', en: 'Kind' },
    help: { 'zh-CN': '从下拉列表中选择：寄件人或收件人。', 'zh-HK': '從下拉清單中選擇：寄件人或收件人。', en: 'Choose from the drop-down list: Sender or Recipient.' },
    options: ADDRESS_KIND_OPTIONS,
    width: 10,
  },
  {
    key: 'label',
    required: false,
    header: { 'zh-CN': '地址名称', 'zh-HK': '地址名稱', en: 'Label' },
    help: {
      'zh-CN': `选填：在地址簿中认出它的名称，例如 深圳仓库，最多 ${ADDRESS_POLICY.labelMax} 个字符。批量下单时可以用它代替完整地址。`,
      'zh-HK': `選填：在地址簿中認出它的名稱，例如 深圳倉庫，最多 ${ADDRESS_POLICY.labelMax} 個字元。批量下單時可以用它代替完整地址。`,
      en: `Optional: a name to know it by in the book, e.g. Shenzhen warehouse, up to ${ADDRESS_POLICY.labelMax} characters. Batch orders can give it instead of the full address.`,
    },
    width: 16,
  },
  {
    key: 'isDefault',
    required: false,
    header: { 'zh-CN': '默认', 'zh-HK': '預設', en: 'Default' },
    help: {
      'zh-CN': '选填：“是”设为该类型的默认地址（寄件人、收件人各一个），替换原有默认地址；多行为“是”时以最后一行为准。',
      'zh-HK': '選填：「是」設為該類型的預設地址（寄件人、收件人各一個），取代原有預設地址；多行為「是」時以最後一行為準。',
      en: 'Optional: Yes makes it the default of its kind (one sender, one recipient), replacing the one before; when several rows say Yes, the last one is the default.',
    },
    options: YES_NO_OPTIONS,
    width: 8,
  },
  {
    key: 'name',
    required: true,
    header: { 'zh-CN': '姓名', 'zh-HK': '姓名', en: 'Name' },
    help: { 'zh-CN': `最多 ${ADDRESS_POLICY.nameMax} 个字符，例如 张三。`, 'zh-HK': `最多 ${ADDRESS_POLICY.nameMax} 個字元，例如 陳大文。`, en: `Up to ${ADDRESS_POLICY.nameMax} characters, e.g. Zhang San.` },
    width: 12,
  },
  {
    key: 'phone',
    required: true,
    header: { 'zh-CN': '电话', 'zh-HK': '電話', en: 'Phone' },
    help: {
      'zh-CN': '中国大陆手机号（11 位，例如 13800138000）或香港电话（8 位，例如 +852 9123 4567）。',
      'zh-HK': '中國大陸手機號碼（11 位，例如 13800138000）或香港電話（8 位，例如 +852 9123 4567）。',
      en: 'A mainland mobile (11 digits, e.g. 13800138000) or a Hong Kong number (8 digits, e.g. +852 9123 4567).',
    },
    format: 'text',
    width: 16,
  },
  {
    key: 'province',
    required: true,
    header: { 'zh-CN': '省份', 'zh-HK': '省份', en: 'Province' },
    help: { 'zh-CN': '例如 广东省、北京市、香港。', 'zh-HK': '例如 廣東省、北京市、香港。', en: 'E.g. 广东省, 北京市 or 香港.' },
    width: 10,
  },
  {
    key: 'city',
    required: true,
    header: { 'zh-CN': '城市', 'zh-HK': '城市', en: 'City' },
    help: { 'zh-CN': '例如 深圳市。', 'zh-HK': '例如 深圳市、九龍。', en: 'E.g. 深圳市.' },
    width: 10,
  },
  {
    key: 'district',
    required: true,
    header: { 'zh-CN': '区县', 'zh-HK': '區縣', en: 'District' },
    help: { 'zh-CN': '例如 南山区。', 'zh-HK': '例如 觀塘區。', en: 'E.g. 南山区.' },
    width: 10,
  },
  {
    key: 'street',
    required: true,
    header: { 'zh-CN': '详细地址', 'zh-HK': '詳細地址', en: 'Street address' },
    help: {
      'zh-CN': `街道、门牌、楼层和房号，最多 ${ADDRESS_POLICY.streetMax} 个字符。`,
      'zh-HK': `街道、門牌、樓層和房號，最多 ${ADDRESS_POLICY.streetMax} 個字元。`,
      en: `Street, number, floor and room, up to ${ADDRESS_POLICY.streetMax} characters.`,
    },
    width: 36,
  },
  {
    key: 'postcode',
    required: false,
    header: { 'zh-CN': '邮编', 'zh-HK': '郵編', en: 'Postcode' },
    help: { 'zh-CN': '选填：6 位数字。', 'zh-HK': '選填：6 位數字。', en: 'Optional: six digits.' },
    format: 'text',
    width: 10,
  },
  {
    key: 'idNumber',
    required: false,
    header: { 'zh-CN': '身份证号', 'zh-HK': '身份證號碼', en: 'Resident ID number' },
    help: {
      'zh-CN': '选填：18 位居民身份证号码，部分运输方式清关需要。',
      'zh-HK': '選填：18 位居民身份證號碼，部分運輸方式清關需要。',
      en: 'Optional: the 18-character resident ID number some shipping methods need for customs.',
    },
    format: 'text',
    width: 22,
  },
];

const TEXT_FIELDS = ['label', 'name', 'phone', 'province', 'city', 'district', 'street', 'postcode', 'idNumber'] as const;

export const ADDRESS_SHEET: SheetDefinition<AddressRowValue> = {
  kind: 'addresses',
  title: { 'zh-CN': '地址簿', 'zh-HK': '地址簿', en: 'Address book' },
  columns: ADDRESS_COLUMNS,
  readRow(cells) {
    const problems: CellProblem[] = [];
    const request: Record<string, unknown> = {};
    for (const key of TEXT_FIELDS) request[key] = textOf(cells, key);
    const kind = textOf(cells, 'kind');
    if (kind !== undefined) {
      const found = findKind(kind);
      if (found === undefined) problems.push({ key: 'kind', code: 'invalid_choice', params: { options: choices(ADDRESS_KIND_OPTIONS) } });
      request.kind = found ?? kind;
    }
    const isDefault = textOf(cells, 'isDefault');
    if (isDefault !== undefined) {
      const answer = findYesNo(isDefault);
      if (answer === undefined) problems.push({ key: 'isDefault', code: 'invalid_choice', params: { options: choices(YES_NO_OPTIONS) } });
      request.isDefault = answer === 'yes';
    }
    // The address rule first, so its findings show even when the schema stops at another cell (an unknown kind).
    for (const issue of checkAddress(request as AddressDraft)) problems.push({ key: issue.path, code: issue.code, params: { ...issue.params } });
    const result = AddressBookEntryInput.safeParse(request, { reportInput: true });
    problems.push(...schemaProblems(result, problems));
    return { value: result.success && problems.length === 0 ? result.data : undefined, key: undefined, problems };
  },
};
