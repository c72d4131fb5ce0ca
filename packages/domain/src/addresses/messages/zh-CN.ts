import type { AddressMessages } from './codes.ts';

export const addressesZhCN: AddressMessages = {
  field: {
    address_phone_format: () => '请输入中国大陆手机号（以 1 开头的 11 位数字，例如 13800138000）或香港电话（8 位数字，例如 +852 9123 4567）。',
    postcode_format: () => '邮编为 6 位数字，例如 518057；也可以不填。',
    id_number_format: () => '请输入 18 位居民身份证号码：17 位数字加最后一位数字或 X，出生日期须真实有效。',
    id_number_check_digit: () => '身份证号码最后一位校验码不正确，请与身份证核对。',
    id_number_required: () => '该运输方式清关需要收件人的居民身份证号码。请填写，或改选其他运输方式。',
    address_unknown: (p) => `地址簿中没有名为 ${p.field} 的地址。请先保存到地址簿，或填写完整地址。`,
    address_book_full: (p) => `地址簿最多保存 ${p.max} 个地址。请先删除不再使用的地址，再添加。`,
  },
  labels: {
    kinds: { sender: '寄件人', recipient: '收件人' },
    fields: {
      name: '姓名',
      phone: '电话',
      province: '省份',
      city: '城市',
      district: '区县',
      street: '详细地址',
      postcode: '邮编',
      idNumber: '身份证号码',
      label: '标签',
      isDefault: '默认',
    },
  },
};
