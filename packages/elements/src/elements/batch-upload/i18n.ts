import type { ImportKind, Locale } from '@wharf/domain';

/**
 * The strings of `<wharf-batch-upload>` only. Problems with the file and its cells are the server's own messages
 * (already in the user's language); these are the words around them.
 *
 * Notes for translators: `row` is the sheet's row number as Excel shows it (the header is row 1), `column` its
 * letter (A, B, …). Button labels stay short. Counts are plural functions.
 */
export interface BatchUploadText {
  title: Record<ImportKind, string>;
  stepsLabel: string;
  steps: Record<ImportKind, string[]>;
  hsCode: {
    first: string;
  };
  template: {
    heading: string;
    download: string;
    downloading: string;
    /** The workbook's file name, without `.xlsx` (declarations: for one HS code). */
    fileName: Record<ImportKind, (hsCode: string) => string>;
    downloaded: (name: string) => string;
    saveAgain: string;
  };
  upload: {
    heading: string;
    choose: string;
    drop: string;
    accepts: string;
    notXlsx: (name: string, message: string) => string;
    refused: (name: string) => string;
    uploading: (name: string, percent: number) => string;
    uploadingUnknown: (name: string) => string;
    checking: (percent: number, rows: number) => string;
    started: (name: string) => string;
    checkingStarted: string;
    cancel: string;
    cancelled: string;
  };
  summary: {
    heading: string;
    file: (name: string) => string;
    counts: (rows: number, invalidRows: number, problems: number) => string;
    allFine: (rows: number, kind: ImportKind) => string;
    failed: string;
    fileProblems: string;
    /** Where a problem is: row 0 is the file as a whole, row 1 its header. */
    at: (row: number, column: string | null) => string;
    noRows: string;
  };
  grid: {
    captionProblems: (n: number) => string;
    captionAll: (n: number) => string;
    row: string;
    actions: string;
    showAll: string;
    hint: string;
    empty: string;
    more: string;
    loading: string;
    problem: string;
    fixed: string;
    cell: (column: string, row: number, header: string) => string;
    edit: (column: string, row: number, header: string) => string;
  };
  edit: {
    save: string;
    cancel: string;
    saving: string;
    choose: string;
    rowFine: (row: number) => string;
    rowStill: (row: number, problems: number) => string;
  };
  leaveOut: {
    button: string;
    label: (row: number) => string;
    confirm: (row: number) => string;
    cancel: string;
    done: (row: number) => string;
  };
  actions: {
    checkAgain: string;
    checking: string;
    uploadAnother: string;
    import: Record<ImportKind, (n: number) => string>;
    importing: string;
    importHint: string;
    imported: Record<ImportKind, (n: number) => string>;
  };
}

const en: BatchUploadText = {
  title: { products: 'Batch upload products', declarations: 'Upload declaration elements' },
  stepsLabel: 'How it works',
  steps: {
    products: [
      'Download the template.',
      'Fill in one product per row. Headers marked * (in red) are required; point at a header for help; category, unit and country have drop-down lists.',
      'Upload the file: every problem is shown at its row and column.',
      'Fix the problems here, or correct the file and upload it again, until none is left.',
      'Import: the products are created as drafts.',
    ],
    declarations: [
      'Choose the HS code.',
      'Download that code’s template: each code has its own declaration elements.',
      'Fill in one product per row: its SKU and every required element. Coded elements have drop-down lists.',
      'Upload the file: every problem is shown at its row and column.',
      'Fix the problems here, or correct the file and upload it again, until none is left.',
      'Import: the products are sent to customs for filing and can no longer be edited.',
    ],
  },
  hsCode: {
    first: 'Choose an HS code first: its template asks for that code’s declaration elements.',
  },
  template: {
    heading: 'Template',
    download: 'Download template',
    downloading: 'Preparing the template…',
    fileName: { products: () => 'product-upload-template', declarations: (code) => `declaration-elements-template-${code}` },
    downloaded: (name) => `Template downloaded: ${name}.`,
    saveAgain: 'Save it again:',
  },
  upload: {
    heading: 'Upload the filled-in file',
    choose: 'Choose file',
    drop: 'or drop it here',
    accepts: 'An Excel workbook (.xlsx) filled in from the template.',
    notXlsx: (name, message) => `${name}: ${message}`,
    refused: (name) => `${name} cannot be used:`,
    uploading: (name, percent) => `Uploading ${name}: ${percent}%`,
    uploadingUnknown: (name) => `Uploading ${name}…`,
    checking: (percent, rows) => `Checking the rows: ${percent}% of the sheet read, ${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'} so far`,
    started: (name) => `Uploading ${name}…`,
    checkingStarted: 'Uploaded. Checking every row…',
    cancel: 'Cancel',
    cancelled: 'The upload was cancelled.',
  },
  summary: {
    heading: 'Check result',
    file: (name) => `File: ${name}`,
    counts: (rows, invalidRows, problems) =>
      `${rows} ${rows === 1 ? 'row' : 'rows'} read · ${invalidRows} ${invalidRows === 1 ? 'row' : 'rows'} with problems · ${problems} ${problems === 1 ? 'problem' : 'problems'} to fix.`,
    allFine: (rows, kind) => `Every row is fine — ${rows} ${rows === 1 ? 'product' : 'products'} ready to ${kind === 'declarations' ? 'send for filing' : 'import'}.`,
    failed: 'The file could not be used. Correct it and upload it again.',
    fileProblems: 'Problems with the file',
    at: (row, column) => (row === 0 ? 'The file' : row === 1 ? `Header row${column ? `, column ${column}` : ''}` : `Row ${row}${column ? `, column ${column}` : ''}`),
    noRows: 'No row is left to import.',
  },
  grid: {
    captionProblems: (n) => `Rows with problems (${n})`,
    captionAll: (n) => `All rows (${n})`,
    row: 'Row',
    actions: 'Actions',
    showAll: 'Show all rows, not only those with problems',
    hint: 'Move between cells with the arrow keys. Press Enter to edit a cell and Escape to cancel.',
    empty: 'No row has a problem.',
    more: 'Show more rows',
    loading: 'Loading rows…',
    problem: 'Problem:',
    fixed: 'fixed',
    cell: (column, row, header) => `${column}${row} ${header}`,
    edit: (column, row, header) => `Edit ${column}${row} (${header})`,
  },
  edit: {
    save: 'Save',
    cancel: 'Cancel',
    saving: 'Saving…',
    choose: 'Choose…',
    rowFine: (row) => `Row ${row} is fine now.`,
    rowStill: (row, problems) => `Row ${row} still has ${problems} ${problems === 1 ? 'problem' : 'problems'}.`,
  },
  leaveOut: {
    button: 'Leave out',
    label: (row) => `Leave out row ${row}`,
    confirm: (row) => `Leave row ${row} out of the import? It will not be imported.`,
    cancel: 'Keep it',
    done: (row) => `Row ${row} was left out.`,
  },
  actions: {
    checkAgain: 'Check again',
    checking: 'Checking…',
    uploadAnother: 'Upload another file',
    import: {
      products: (n) => `Import ${n} ${n === 1 ? 'product' : 'products'}`,
      declarations: (n) => `Send ${n} ${n === 1 ? 'product' : 'products'} for filing`,
    },
    importing: 'Importing…',
    importHint: 'Importing is possible once no problem is left.',
    imported: {
      products: (n) => `${n} ${n === 1 ? 'product' : 'products'} created as drafts.`,
      declarations: (n) => `${n} ${n === 1 ? 'product' : 'products'} sent for filing.`,
    },
  },
};

const zhCN: BatchUploadText = {
  title: { products: '产品批量上传', declarations: '海关申报要素上传' },
  stepsLabel: '操作步骤',
  steps: {
    products: [
      '下载产品模板。',
      '每行填写一个产品：表头带 *（红色）的为必填项；鼠标放在表头上可查看填写说明；品类、单位、原产国可从下拉框选择。',
      '上传填好的文件：每个问题都会显示在对应的行和列。',
      '在此直接修改，或修改表格后重新上传，直到没有问题。',
      '导入产品数据：产品将以草稿状态创建。',
    ],
    declarations: [
      '选择海关编码。',
      '下载该编码的要素模板：每个海关编码对应的申报要素都不同。',
      '每行填写一个产品：SKU 和所有必填要素；带代码的要素可从下拉框选择。',
      '上传填好的文件：每个问题都会显示在对应的行和列。',
      '在此直接修改，或修改表格后重新上传，直到没有问题。',
      '导入数据：产品将提交海关备案（备案中），之后无法修改。',
    ],
  },
  hsCode: {
    first: '请先选择海关编码：模板按该编码的申报要素生成。',
  },
  template: {
    heading: '模板',
    download: '下载模板',
    downloading: '正在生成模板…',
    fileName: { products: () => '产品批量上传模板', declarations: (code) => `申报要素模板-${code}` },
    downloaded: (name) => `模板已下载：${name}。`,
    saveAgain: '再次保存：',
  },
  upload: {
    heading: '上传填好的文件',
    choose: '选择文件',
    drop: '或将文件拖放到此处',
    accepts: '按模板填写的 Excel 工作簿（.xlsx）。',
    notXlsx: (name, message) => `${name}：${message}`,
    refused: (name) => `${name} 无法使用：`,
    uploading: (name, percent) => `正在上传 ${name}：${percent}%`,
    uploadingUnknown: (name) => `正在上传 ${name}…`,
    checking: (percent, rows) => `正在检查：已读取表格的 ${percent}%，已读 ${rows} 行`,
    started: (name) => `正在上传 ${name}…`,
    checkingStarted: '上传完成，正在逐行检查…',
    cancel: '取消',
    cancelled: '已取消上传。',
  },
  summary: {
    heading: '检查结果',
    file: (name) => `文件：${name}`,
    counts: (rows, invalidRows, problems) => `共读取 ${rows} 行 · ${invalidRows} 行有问题 · 共 ${problems} 个问题待修改。`,
    allFine: (rows, kind) => `所有行均无问题，${rows} 个产品可以${kind === 'declarations' ? '提交备案' : '导入'}。`,
    failed: '该文件无法使用，请修改后重新上传。',
    fileProblems: '文件本身的问题',
    at: (row, column) => (row === 0 ? '文件' : row === 1 ? `表头${column ? ` ${column} 列` : ''}` : `第 ${row} 行${column ? ` ${column} 列` : ''}`),
    noRows: '已没有可导入的行。',
  },
  grid: {
    captionProblems: (n) => `有问题的行（${n}）`,
    captionAll: (n) => `所有行（${n}）`,
    row: '行',
    actions: '操作',
    showAll: '显示所有行（不只是有问题的行）',
    hint: '用方向键在单元格之间移动；按 Enter 修改单元格，按 Esc 取消。',
    empty: '没有有问题的行。',
    more: '显示更多行',
    loading: '正在加载…',
    problem: '问题：',
    fixed: '已修改',
    cell: (column, row, header) => `${column}${row} ${header}`,
    edit: (column, row, header) => `修改 ${column}${row}（${header}）`,
  },
  edit: {
    save: '保存',
    cancel: '取消',
    saving: '正在保存…',
    choose: '请选择…',
    rowFine: (row) => `第 ${row} 行已无问题。`,
    rowStill: (row, problems) => `第 ${row} 行还有 ${problems} 个问题。`,
  },
  leaveOut: {
    button: '不导入',
    label: (row) => `第 ${row} 行不导入`,
    confirm: (row) => `确定第 ${row} 行不导入吗？该行将从本次上传中移除。`,
    cancel: '保留',
    done: (row) => `第 ${row} 行已移除。`,
  },
  actions: {
    checkAgain: '重新检查',
    checking: '正在检查…',
    uploadAnother: '上传其他文件',
    import: {
      products: (n) => `导入 ${n} 个产品`,
      declarations: (n) => `提交 ${n} 个产品备案`,
    },
    importing: '正在导入…',
    importHint: '没有问题后才能导入。',
    imported: {
      products: (n) => `已创建 ${n} 个草稿产品。`,
      declarations: (n) => `已提交 ${n} 个产品备案。`,
    },
  },
};

const zhHK: BatchUploadText = {
  title: { products: '產品批量上載', declarations: '海關申報要素上載' },
  stepsLabel: '操作步驟',
  steps: {
    products: [
      '下載產品範本。',
      '每行填寫一個產品：表頭帶 *（紅色）的為必填項；滑鼠停在表頭上可查看填寫說明；品類、單位、原產國可從下拉清單選擇。',
      '上載填好的檔案：每個問題都會顯示在對應的行和欄。',
      '在此直接修改，或修改表格後重新上載，直至沒有問題。',
      '匯入產品資料：產品將以草稿狀態建立。',
    ],
    declarations: [
      '選擇海關編碼。',
      '下載該編碼的要素範本：每個海關編碼對應的申報要素都不同。',
      '每行填寫一個產品：SKU 及所有必填要素；帶代碼的要素可從下拉清單選擇。',
      '上載填好的檔案：每個問題都會顯示在對應的行和欄。',
      '在此直接修改，或修改表格後重新上載，直至沒有問題。',
      '匯入資料：產品將提交海關備案（備案中），之後無法修改。',
    ],
  },
  hsCode: {
    first: '請先選擇海關編碼：範本按該編碼的申報要素產生。',
  },
  template: {
    heading: '範本',
    download: '下載範本',
    downloading: '正在產生範本…',
    fileName: { products: () => '產品批量上載範本', declarations: (code) => `申報要素範本-${code}` },
    downloaded: (name) => `範本已下載：${name}。`,
    saveAgain: '再次儲存：',
  },
  upload: {
    heading: '上載填好的檔案',
    choose: '選擇檔案',
    drop: '或將檔案拖放到此處',
    accepts: '按範本填寫的 Excel 活頁簿（.xlsx）。',
    notXlsx: (name, message) => `${name}：${message}`,
    refused: (name) => `${name} 無法使用：`,
    uploading: (name, percent) => `正在上載 ${name}：${percent}%`,
    uploadingUnknown: (name) => `正在上載 ${name}…`,
    checking: (percent, rows) => `正在檢查：已讀取表格的 ${percent}%，已讀 ${rows} 行`,
    started: (name) => `正在上載 ${name}…`,
    checkingStarted: '上載完成，正在逐行檢查…',
    cancel: '取消',
    cancelled: '已取消上載。',
  },
  summary: {
    heading: '檢查結果',
    file: (name) => `檔案：${name}`,
    counts: (rows, invalidRows, problems) => `共讀取 ${rows} 行 · ${invalidRows} 行有問題 · 共 ${problems} 個問題待修改。`,
    allFine: (rows, kind) => `所有行均無問題，${rows} 個產品可以${kind === 'declarations' ? '提交備案' : '匯入'}。`,
    failed: '該檔案無法使用，請修改後重新上載。',
    fileProblems: '檔案本身的問題',
    at: (row, column) => (row === 0 ? '檔案' : row === 1 ? `表頭${column ? ` ${column} 欄` : ''}` : `第 ${row} 行${column ? ` ${column} 欄` : ''}`),
    noRows: '已沒有可匯入的行。',
  },
  grid: {
    captionProblems: (n) => `有問題的行（${n}）`,
    captionAll: (n) => `所有行（${n}）`,
    row: '行',
    actions: '操作',
    showAll: '顯示所有行（不只是有問題的行）',
    hint: '用方向鍵在儲存格之間移動；按 Enter 修改儲存格，按 Esc 取消。',
    empty: '沒有有問題的行。',
    more: '顯示更多行',
    loading: '正在載入…',
    problem: '問題：',
    fixed: '已修改',
    cell: (column, row, header) => `${column}${row} ${header}`,
    edit: (column, row, header) => `修改 ${column}${row}（${header}）`,
  },
  edit: {
    save: '儲存',
    cancel: '取消',
    saving: '正在儲存…',
    choose: '請選擇…',
    rowFine: (row) => `第 ${row} 行已無問題。`,
    rowStill: (row, problems) => `第 ${row} 行仍有 ${problems} 個問題。`,
  },
  leaveOut: {
    button: '不匯入',
    label: (row) => `第 ${row} 行不匯入`,
    confirm: (row) => `確定第 ${row} 行不匯入嗎？該行將從今次上載中移除。`,
    cancel: '保留',
    done: (row) => `第 ${row} 行已移除。`,
  },
  actions: {
    checkAgain: '重新檢查',
    checking: '正在檢查…',
    uploadAnother: '上載其他檔案',
    import: {
      products: (n) => `匯入 ${n} 個產品`,
      declarations: (n) => `提交 ${n} 個產品備案`,
    },
    importing: '正在匯入…',
    importHint: '沒有問題後才能匯入。',
    imported: {
      products: (n) => `已建立 ${n} 個草稿產品。`,
      declarations: (n) => `已提交 ${n} 個產品備案。`,
    },
  },
};

const TEXT: Record<Locale, BatchUploadText> = { en, 'zh-CN': zhCN, 'zh-HK': zhHK };

export function batchUploadText(locale: Locale): BatchUploadText {
  return TEXT[locale] ?? en;
}
