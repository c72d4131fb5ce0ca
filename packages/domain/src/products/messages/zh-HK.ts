import type { ProductMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('、');

export const productsZhHK: ProductMessages = {
  field: {
    sku_format: () => '請使用字母、數字或「-」「_」「.」（最多 64 個字元），以字母或數字開頭，例如 HB-1002。',
    sku_taken: (p) => `本企業已有 SKU 為 ${p.field} 的產品。請換一個 SKU，或編輯該產品。`,
    price_format: () => '請輸入數字形式的價格，例如 129.90。',
    price_decimals: () => '價格最多保留兩位小數，例如 129.90。',
    sale_below_purchase: (p) => `銷售價格不能低於增值稅發票上的採購價格（${p.min}）。請提高銷售價格。`,
    net_above_gross: (p) => `淨重不能超過毛重（${p.max} 公斤）。`,
    weight_format: () => '請以公斤為單位填寫大於 0 的數字，例如 0.12。',
    gtin: () => '請輸入條碼下方的 8、12、13 或 14 位數字；最後一位校驗碼不正確。',
    hs_code_format: () => '請輸入 10 位海關編碼：8 位稅則號加 2 位附加碼，例如 3304990099。',
    hs_code_unknown: () => '海關編碼庫中沒有這個編碼。請搜尋產品的編碼並從清單中選擇。',
    hs_code_required: () => '提交備案前，請選擇產品的海關編碼並填寫其申報要素。',
    category_unknown: (p) => (p.options?.length ? `請從以下品類中選擇：${list(p.options)}。` : '請從清單中選擇品類。'),
    unit_unknown: () => '請從清單中選擇海關計量單位，例如 007（個）或 035（千克）。',
    country_unknown: () => '請從清單中選擇原產國（地區）。',
    component_unknown: (p) => `本企業沒有 SKU 為 ${p.field} 的產品。請先建立該產品，或檢查 SKU。`,
    combo_too_few: (p) => `組合產品最少要包含 ${p.min} 件不同的普通產品，請再加入。`,
    component_not_normal: (p) => `${p.field} 是組合產品；組合產品只能由普通產品組成。`,
    product_filing: () => '該產品正在海關備案中，審核結果出來前不能修改。',
    product_filed: () => '該產品已完成海關備案，不能再修改或刪除。如需變更，請新建產品。',
    product_deleted: () => '該產品已刪除。',
    product_in_combo: (p) => `該產品屬於組合產品 ${list(p.options)}。請先將其從這些組合中移除。`,
    not_for_combo: () => '組合產品沒有這一項：它沿用其中各產品的資料。',
    combo_not_filed: () => '組合產品本身無需備案：請分別提交其中的普通產品備案。',
    product_not_filing: (p) => `只有備案中的產品可以審核；該產品目前狀態為${p.status}。`,
  },
  labels: {
    statuses: { draft: '草稿', filing: '備案中', filed: '已備案', rejected: '已駁回', deleted: '已刪除' },
    types: { normal: '普通產品', combo: '組合產品' },
  },
};
