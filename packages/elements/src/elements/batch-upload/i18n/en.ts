import type { ImportKind } from '@wharf/domain';

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

export const en: BatchUploadText = {
  title: { products: 'Batch upload products', declarations: 'Upload declaration elements', addresses: 'Upload an address book' },
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
    addresses: [
      'Download the template, or export the address book of another account.',
      'Fill in one sender or recipient per row. Headers marked * (in red) are required; point at a header for help.',
      'Upload the file: every problem is shown at its row and column.',
      'Fix the problems here, or correct the file and upload it again, until none is left.',
      'Import: the addresses are added to the address book.',
    ],
  },
  hsCode: {
    first: 'Choose an HS code first: its template asks for that code’s declaration elements.',
  },
  template: {
    heading: 'Template',
    download: 'Download template',
    downloading: 'Preparing the template…',
    fileName: { products: () => 'product-upload-template', declarations: (code) => `declaration-elements-template-${code}`, addresses: () => 'address-book-template' },
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
      addresses: (n) => `Add ${n} ${n === 1 ? 'address' : 'addresses'}`,
    },
    importing: 'Importing…',
    importHint: 'Importing is possible once no problem is left.',
    imported: {
      products: (n) => `${n} ${n === 1 ? 'product' : 'products'} created as drafts.`,
      declarations: (n) => `${n} ${n === 1 ? 'product' : 'products'} sent for filing.`,
      addresses: (n) => `${n} ${n === 1 ? 'address' : 'addresses'} added to the address book.`,
    },
  },
};
