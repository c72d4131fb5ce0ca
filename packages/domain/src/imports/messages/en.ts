import type { ImportMessages } from './codes.ts';

const megabytes = (bytes = 0) => Math.round(bytes / 1048576);

export const importsEn: ImportMessages = {
  field: {
    number_format: () => 'Enter a number, e.g. 0.25.',
    duplicate_in_file: (p) => `The SKU ${p.field} is also on row ${p.row}: a product can be on one row only. Change or remove one of the two.`,
    header_missing: (p) => `The column “${p.name}” is missing. Add it to the header row, or start from the template: it has every column.`,
    header_repeated: (p) => `The column “${p.name}” appears twice. Keep one of them.`,
    file_not_xlsx: () => 'This file is not an Excel workbook (.xlsx). In Excel or WPS, save the sheet as “Excel Workbook (.xlsx)” and upload that file.',
    file_xls: () => 'This is an Excel 97–2003 workbook (.xls) or a password-protected one. Save it as “Excel Workbook (.xlsx)” without a password and upload that file.',
    file_damaged: () => 'The workbook cannot be read: it is damaged or incomplete. Open it in Excel or WPS, save it again and upload it.',
    file_unsafe: (p) => `The workbook unpacks to far more data than a sheet holds (over ${p.max} times its size); it was refused as unsafe. Open it in Excel or WPS, save it again and upload it.`,
    file_too_large: (p) => `The file is larger than ${megabytes(p.max)} MB. Split it into several files.`,
    file_no_sheet: () => 'The workbook has no sheet to read. Start from the template.',
    too_many_rows: (p) => `The sheet has more than ${p.max} rows. Split it into files of at most ${p.max} rows each.`,
    no_rows: () => 'The sheet has no rows under its header. Fill in at least one row.',
    sku_unknown: (p) => `Your enterprise has no product with SKU ${p.field}. Create it first (one by one, or with the product upload), or check the SKU.`,
    import_invalid: (p) => `${p.count} problem${p.count === 1 ? ' is' : 's are'} left. Fix ${p.count === 1 ? 'it' : 'them'} in place (or remove the rows), or upload a corrected file, then import.`,
    import_checking: () => 'The file is still being checked. Wait until the check has finished.',
    import_closed: (p) => (p.status === 'failed' ? 'This upload failed and can no longer change. Upload the file again.' : 'This upload was already imported and can no longer change. Upload a new file for more.'),
    import_interrupted: () => 'The check stopped before the end of the file (the server restarted). Upload the file again.',
    hs_code_for_sheet: () => 'Say which HS code the sheet is for: choose the code before uploading, or use the template downloaded for it.',
    hs_code_mismatch: (p) => `This sheet was made for HS code ${p.field}, not the one chosen. Choose ${p.field}, or download the template for the chosen code.`,
  },
};
