import type { AddressMessages } from './codes.ts';

export const addressesZhHK: AddressMessages = {
  field: {
    address_phone_format: () => '請輸入中國內地手機號碼（以 1 開頭的 11 位數字，例如 13800138000）或香港電話（8 位數字，例如 +852 9123 4567）。',
    postcode_format: () => '郵編為 6 位數字，例如 518057；亦可留空。',
    id_number_format: () => '請輸入 18 位居民身份證號碼：17 位數字加最後一位數字或 X，出生日期須真實有效。',
    id_number_check_digit: () => '身份證號碼最後一位校驗碼不正確，請與身份證核對。',
    id_number_required: () => '此運輸方式清關需要收件人的居民身份證號碼。請填寫，或改選其他運輸方式。',
    address_unknown: (p) => `地址簿中沒有名為 ${p.field} 的地址。請先儲存到地址簿，或填寫完整地址。`,
    address_book_full: (p) => `地址簿最多保存 ${p.max} 個地址。請先刪除不再使用的地址，再新增。`,
  },
  labels: {
    kinds: { sender: '寄件人', recipient: '收件人' },
    fields: {
      name: '姓名',
      phone: '電話',
      province: '省份',
      city: '城市',
      district: '區',
      street: '詳細地址',
      postcode: '郵編',
      idNumber: '身份證號碼',
      label: '標籤',
      isDefault: '預設',
    },
  },
};
