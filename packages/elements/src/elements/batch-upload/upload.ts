import type { Import, ImportKind } from '@wharf/domain';
import { isWharfError, type ImportProgress, type WharfClient } from '@wharf/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../../i18n/translation.ts';
import { errorsFrom } from '../../internal/form-errors.ts';
import type { BatchUploadText } from './i18n/en.ts';

/** A problem with the file itself (or a refusal of the upload), where the server placed it. */
export interface FileProblem {
  row?: number | undefined;
  column?: string | null;
  message: string;
}

/** How far a file on its way is: its bytes going up, then the server reading its rows. */
export interface UploadProgress {
  phase: ImportProgress['phase'];
  percent: number;
  rows: number;
  /** Whether the percentage is known yet (a browser may not report the bytes sent). */
  known: boolean;
}

export interface UploadControllerOptions {
  host: ReactiveControllerHost;
  client: () => WharfClient;
  text: () => BatchUploadText;
  /** Says something to screen readers (the element's live region). */
  announce: (message: string) => void;
}

/**
 * One file on its way: sent, followed through the server's check with milestones announced at each quarter, and
 * abandoned when cancelled, replaced or when the element leaves the page (what the server already took is discarded).
 */
export class UploadController implements ReactiveController {
  fileName = '';
  progress?: UploadProgress;

  readonly #options: UploadControllerOptions;
  #controller?: AbortController;
  /** The upload the server has taken and is still checking (to discard it when abandoned). */
  #accepted?: string;
  #milestone = 0;

  constructor(options: UploadControllerOptions) {
    this.#options = options;
    options.host.addController(this);
  }

  /** Whether a file is on its way or being checked. */
  get active(): boolean {
    return Boolean(this.#controller);
  }

  hostDisconnected() {
    if (this.active) this.abandon();
  }

  /**
   * Sends `file` and waits for its check: the checked upload, or undefined when it was abandoned meanwhile.
   * A refusal is thrown.
   */
  async send(file: File, params: { kind: ImportKind; hsCode?: string }): Promise<Import | undefined> {
    this.abandon();
    const controller = new AbortController();
    this.#controller = controller;
    this.fileName = file.name;
    this.progress = { phase: 'uploading', percent: 0, rows: 0, known: false };
    this.#milestone = 0;
    this.#options.announce(this.#options.text().upload.started(file.name));
    this.#options.host.requestUpdate();
    try {
      const checked = await this.#options.client().imports.upload(file, {
        ...params,
        signal: controller.signal,
        onAccepted: (accepted) => {
          if (this.#controller === controller) this.#accepted = accepted.id;
        },
        onProgress: (progress) => {
          if (this.#controller === controller) this.#onProgress(progress);
        },
      });
      if (this.#controller !== controller) return undefined;
      this.#accepted = undefined;
      this.#done();
      return checked;
    } catch (error) {
      if (controller.signal.aborted || this.#controller !== controller) return undefined;
      this.#done();
      throw error;
    }
  }

  /** Stops the upload on its way, if any; one the server already took (it was checking it) is discarded. */
  abandon() {
    this.#controller?.abort();
    if (this.#accepted) void this.#options.client().imports.discard(this.#accepted).catch(() => {});
    this.#accepted = undefined;
    this.#done();
  }

  #done() {
    this.#controller = undefined;
    this.progress = undefined;
    this.#options.host.requestUpdate();
  }

  #onProgress(progress: ImportProgress) {
    const text = this.#options.text();
    const percent = Math.round(progress.fraction * 100);
    if (progress.phase === 'checking' && this.progress?.phase !== 'checking') {
      this.#milestone = 0;
      this.#options.announce(text.upload.checkingStarted);
    }
    this.progress = { phase: progress.phase, percent, rows: progress.rows ?? 0, known: progress.phase === 'checking' || progress.fraction > 0 };
    // Milestones at each quarter, announced once (not every poll).
    const quarter = Math.floor(percent / 25);
    if (quarter > this.#milestone && percent < 100) {
      this.#milestone = quarter;
      this.#options.announce(progress.phase === 'checking' ? text.upload.checking(percent, progress.rows ?? 0) : text.upload.uploading(this.fileName, percent));
    }
    this.#options.host.requestUpdate();
  }
}

/**
 * A refusal of the upload itself: each problem where the server placed it (row 0: the file; row 1: its header),
 * and what it says about the HS code (declarations).
 */
export function refusalOf(error: unknown, kind: ImportKind, t: Translation): { problems: FileProblem[]; hsCode?: string } {
  if (!isWharfError(error) || !error.fieldErrors.length) return { problems: [{ message: errorsFrom(error, t, []).form ?? t.common.unexpected }] };
  const hsCode = error.fieldErrors.filter((problem) => problem.path === 'hsCode');
  return {
    // A file refused before its rows were read has no row: it is the file as a whole.
    problems: error.fieldErrors.map((problem) => ({ row: problem.row ?? (problem.path === 'file' ? 0 : undefined), column: problem.column ?? null, message: problem.message })),
    ...(hsCode.length && kind === 'declarations' ? { hsCode: hsCode.map((problem) => problem.message).join(' ') } : {}),
  };
}
