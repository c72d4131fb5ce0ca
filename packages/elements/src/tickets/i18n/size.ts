/** A file size in the locale's words for bytes, kilobytes and megabytes. */
export const fileSize = (bytes: number, unit: [string, string, string]) =>
  bytes < 1024 ? `${bytes} ${unit[0]}` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} ${unit[1]}` : `${(bytes / 1048576).toFixed(1)} ${unit[2]}`;
