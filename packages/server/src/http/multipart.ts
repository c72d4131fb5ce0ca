// Multipart uploads, read so that a file part can be stored as it arrives. The reader is a dependency of the app:
// Node streams the body through busboy (multipart-node.ts); elsewhere (the browser mock) the platform parses it.

/** The file part of an upload, readable once, as it arrives. */
export interface UploadedFile {
  /** As the client named it. */
  name: string;
  type: string;
  stream: ReadableStream<Uint8Array>;
}

export interface MultipartOptions {
  /** Called once, for the first part named `file`; the upload finishes when it has consumed the stream. */
  onFile(file: UploadedFile): Promise<void>;
}

/** Reads a multipart/form-data request: its text fields, and whether a `file` part came (given to `onFile`). */
export type MultipartReader = (request: Request, options: MultipartOptions) => Promise<{ fields: Record<string, string>; file: boolean }>;

/** The platform's own parser (`Request.formData()`): it holds the body in memory, which a browser has anyway. */
export const readMultipartBuffered: MultipartReader = async (request, options) => {
  const form = await request.formData();
  const fields: Record<string, string> = {};
  let file: File | undefined;
  for (const [name, value] of form) {
    if (typeof value === 'string') fields[name] ??= value;
    else if (name === 'file' && !file) file = value;
  }
  if (file) await options.onFile({ name: file.name, type: file.type, stream: file.stream() });
  return { fields, file: !!file };
};
