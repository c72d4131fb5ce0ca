import type { ImportMessages } from './codes.ts';

const megabytes = (bytes = 0) => Math.round(bytes / 1048576);

export const importsZhHK: ImportMessages = {
  field: {
    number_format: () => '請輸入數字，例如 0.25。',
    duplicate_in_file: (p) => `SKU ${p.field} 在第 ${p.row} 行亦有出現：每件產品只能佔一行。請修改或刪除其中一行。`,
    header_missing: (p) => `缺少「${p.name}」欄。請在表頭行補上該欄，或使用範本（範本包含所有欄）。`,
    header_repeated: (p) => `「${p.name}」欄出現了兩次，請只保留一欄。`,
    file_not_xlsx: () => '此檔案不是 Excel 活頁簿（.xlsx）。請在 Excel 或 WPS 中把表格另存為「Excel 活頁簿（.xlsx）」後上載。',
    file_xls: () => '這是 Excel 97–2003 活頁簿（.xls）或設有密碼的活頁簿。請另存為不設密碼的「Excel 活頁簿（.xlsx）」後上載。',
    file_damaged: () => '無法讀取此活頁簿：檔案已損壞或不完整。請在 Excel 或 WPS 中開啟並重新儲存後上載。',
    file_unsafe: (p) => `此活頁簿解壓後的資料量遠超一張表格應有的大小（超過檔案大小的 ${p.max} 倍），基於安全考慮已拒絕。請在 Excel 或 WPS 中重新儲存後上載。`,
    file_too_large: (p) => `檔案超過 ${megabytes(p.max)} MB，請拆分為多個檔案上載。`,
    file_no_sheet: () => '此活頁簿中沒有可讀取的工作表，請使用範本填寫。',
    too_many_rows: (p) => `表格超過 ${p.max} 行，請拆分為每個不超過 ${p.max} 行的檔案。`,
    no_rows: () => '表頭下方沒有資料行，請最少填寫一行。',
    sku_unknown: (p) => `本企業沒有 SKU 為 ${p.field} 的產品。請先建立該產品（逐一新增或透過產品批量上載），或檢查 SKU。`,
    import_invalid: (p) => `尚有 ${p.count} 個問題。請直接修改（或刪除相關的行），或上載修改後的檔案，然後再匯入。`,
    import_checking: () => '檔案仍在檢查中，請等待檢查完成。',
    import_closed: (p) => (p.status === 'failed' ? '此上載已失敗，不能再修改。請重新上載檔案。' : '此上載已匯入，不能再修改。如需匯入更多，請上載新檔案。'),
    import_interrupted: () => '檢查在讀完檔案前中斷了（伺服器已重新啟動）。請重新上載檔案。',
    hs_code_for_sheet: () => '請說明此表格對應的海關編碼：上載前選擇編碼，或使用為該編碼下載的範本。',
    hs_code_mismatch: (p) => `此表格是為海關編碼 ${p.field} 製作的，與所選編碼不同。請選擇 ${p.field}，或下載所選編碼的範本。`,
  },
};
