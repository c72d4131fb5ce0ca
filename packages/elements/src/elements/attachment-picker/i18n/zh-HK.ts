import type { AttachmentPickerText } from './en.ts';

export const zhHK: AttachmentPickerText = {
  label: '附件',
  choose: '選擇檔案',
  drop: '將檔案拖到這裏，或貼上截圖',
  limits: (extensions, megabytes, files) => `最多 ${files} 個檔案，每個不超過 ${megabytes} MB：${extensions}。`,
  uploading: (name, percent) => `正在上載 ${name}：${percent}%`,
  uploaded: (name) => `已加入 ${name}`,
  remove: (name) => `移除 ${name}`,
  tooMany: (max) => `最多可加入 ${max} 個附件，請先移除一個。`,
  pasted: '截圖',
  waitForUploads: '請等待附件上載完成。',
};
