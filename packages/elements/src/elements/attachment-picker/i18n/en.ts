/** The strings of `<wharf-attachment-picker>` only (file sizes are the tickets' shared words). */
export interface AttachmentPickerText {
  label: string;
  choose: string;
  drop: string;
  limits: (extensions: string, megabytes: number, files: number) => string;
  uploading: (name: string, percent: number) => string;
  uploaded: (name: string) => string;
  remove: (name: string) => string;
  tooMany: (max: number) => string;
  pasted: string;
  /** Said by a form holding the picker when it is sent before the files are up. */
  waitForUploads: string;
}

export const en: AttachmentPickerText = {
  label: 'Attachments',
  choose: 'Choose files',
  drop: 'Drop files here or paste a screenshot',
  limits: (extensions, megabytes, files) => `Up to ${files} files of ${megabytes} MB each: ${extensions}.`,
  uploading: (name, percent) => `Uploading ${name}: ${percent}%`,
  uploaded: (name) => `${name} attached`,
  remove: (name) => `Remove ${name}`,
  tooMany: (max) => `At most ${max} files can be attached. Remove one first.`,
  pasted: 'screenshot',
  waitForUploads: 'Wait until the files have finished uploading.',
};
