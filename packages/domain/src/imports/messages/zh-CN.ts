import type { ImportMessages } from './codes.ts';

const megabytes = (bytes = 0) => Math.round(bytes / 1048576);

export const importsZhCN: ImportMessages = {
  field: {
    number_format: () => '请输入数字，例如 0.25。',
    duplicate_in_file: (p) => `SKU ${p.field} 在第 ${p.row} 行也出现了：每个产品只能占一行。请修改或删除其中一行。`,
    header_missing: (p) => `缺少“${p.name}”列。请在表头行补上该列，或使用模板（模板包含所有列）。`,
    header_repeated: (p) => `“${p.name}”列出现了两次，请只保留一列。`,
    file_not_xlsx: () => '该文件不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中将表格另存为“Excel 工作簿（.xlsx）”后上传。',
    file_xls: () => '这是 Excel 97–2003 工作簿（.xls）或设置了密码的工作簿。请另存为不带密码的“Excel 工作簿（.xlsx）”后上传。',
    file_damaged: () => '无法读取该工作簿：文件已损坏或不完整。请在 Excel 或 WPS 中打开并重新保存后上传。',
    file_unsafe: (p) => `该工作簿解压后的数据量远超一张表格应有的大小（超过文件大小的 ${p.max} 倍），出于安全考虑已拒绝。请在 Excel 或 WPS 中重新保存后上传。`,
    file_too_large: (p) => `文件超过 ${megabytes(p.max)} MB，请拆分为多个文件上传。`,
    file_no_sheet: () => '该工作簿中没有可读取的工作表，请使用模板填写。',
    too_many_rows: (p) => `表格超过 ${p.max} 行，请拆分为每个不超过 ${p.max} 行的文件。`,
    no_rows: () => '表头下方没有数据行，请至少填写一行。',
    sku_unknown: (p) => `本企业没有 SKU 为 ${p.field} 的产品。请先创建该产品（逐个新增或通过产品批量上传），或检查 SKU。`,
    import_invalid: (p) => `还有 ${p.count} 个问题。请直接修改（或删除相应的行），或上传修改后的文件，然后再导入。`,
    import_checking: () => '文件仍在检查中，请等待检查完成。',
    import_closed: (p) => (p.status === 'failed' ? '该上传已失败，不能再修改。请重新上传文件。' : '该上传已导入，不能再修改。如需导入更多，请上传新文件。'),
    import_interrupted: () => '检查在读完文件前中断了（服务器已重启）。请重新上传文件。',
    hs_code_for_sheet: () => '请说明该表格对应的海关编码：上传前选择编码，或使用针对该编码下载的模板。',
    hs_code_mismatch: (p) => `该表格是为海关编码 ${p.field} 制作的，与所选编码不同。请选择 ${p.field}，或下载所选编码的模板。`,
  },
};
