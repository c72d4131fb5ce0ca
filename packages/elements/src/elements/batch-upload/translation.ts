import type { ImportKind } from '@wharf/domain';

/**
 * The strings of `<wharf-batch-upload>` only. Problems with the file and its cells are the server's own messages
 * (already in the user's language); these are the words around them.
 *
 * Notes for translators: `row` is the sheet's row number as Excel shows it (the header is row 1), `column` its
 * letter (A, B, …). Button labels stay short. Counts are plural functions.
 */
export interface BatchUploadTranslation {
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
