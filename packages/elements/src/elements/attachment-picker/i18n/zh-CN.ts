import type { AttachmentPickerText } from './en.ts';

export const zhCN: AttachmentPickerText = {
  label: '附件',
  choose: '选择文件',
  drop: '将文件拖到这里，或粘贴截图',
  limits: (extensions, megabytes, files) => `最多 ${files} 个文件，每个不超过 ${megabytes} MB：${extensions}。`,
  uploading: (name, percent) => `正在上传 ${name}：${percent}%`,
  uploaded: (name) => `已添加 ${name}`,
  remove: (name) => `移除 ${name}`,
  tooMany: (max) => `最多可添加 ${max} 个附件，请先移除一个。`,
  pasted: '截图',
  waitForUploads: '请等待附件上传完成。',
};
