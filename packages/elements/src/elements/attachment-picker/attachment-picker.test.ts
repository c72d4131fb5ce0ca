import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Attachment } from '@wharf/domain';
import type { UploadOptions } from '@wharf/sdk';
import './define.ts';
import type { WharfAttachmentsChangeEvent } from '../../events/attachments-change.ts';
import { eventually, pasteFiles, pngFile, shadowText } from '../../testing/helpers.ts';
import { attachmentPickerText, type WharfAttachmentPicker } from './attachment-picker.ts';

/** An uploader that answers at once, reporting half-way progress first, and remembers what it was given. */
function fakeUploader() {
  const uploaded: string[] = [];
  let ids = 0;
  const upload = async (file: File, options: UploadOptions): Promise<Attachment> => {
    uploaded.push(file.name);
    options.onProgress?.({ loaded: file.size / 2, total: file.size, fraction: 0.5 });
    return { id: `att_${++ids}`, name: file.name, size: file.size, contentType: file.type, preview: file.type.startsWith('image/'), createdAt: new Date().toISOString() };
  };
  return { uploaded, upload };
}

async function mount(options: { maxFiles?: number; locale?: string } = {}) {
  const uploader = fakeUploader();
  const picker = (await fixture(
    html`<wharf-attachment-picker locale=${options.locale ?? 'en'} max-files=${options.maxFiles ?? 10} .uploader=${uploader.upload}></wharf-attachment-picker>`,
  )) as WharfAttachmentPicker;
  return { picker, uploader };
}

const items = (picker: WharfAttachmentPicker) => [...picker.shadowRoot!.querySelectorAll<HTMLLIElement>('[part=files] li')];

describe('<wharf-attachment-picker>', () => {
  it('is accessible and says what it takes', async () => {
    const { picker } = await mount({ maxFiles: 3 });
    const t = attachmentPickerText('en');
    expect(shadowText(picker)).to.contain(t.label);
    expect(shadowText(picker)).to.contain(t.choose);
    expect(picker.shadowRoot!.querySelector('#limits')!.textContent).to.contain('Up to 3 files');
    await expect(picker).to.be.accessible();
  });

  it('uploads an added file and tells the form which files it holds', async () => {
    const { picker, uploader } = await mount();
    const change = oneEvent<WharfAttachmentsChangeEvent>(picker, 'wharf-attachments-change');
    await picker.addFiles([pngFile('label.png')]);
    const event = await change;
    expect(event.attachments.map((attachment) => attachment.name)).to.deep.equal(['label.png']);
    expect(uploader.uploaded).to.deep.equal(['label.png']);
    expect(picker.uploading).to.equal(false);
    await picker.updateComplete;
    expect(items(picker)[0]!.dataset['state']).to.equal('done');
    await expect(picker).to.be.accessible();
  });

  it('refuses a file the ticket rules refuse, at the file, without uploading it', async () => {
    const { picker, uploader } = await mount();
    await picker.addFiles([new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' })]);
    await picker.updateComplete;
    const [item] = items(picker);
    expect(item!.dataset['state']).to.equal('error');
    expect(item!.querySelector('[role=alert]')!.textContent!.trim()).not.to.equal('');
    expect(uploader.uploaded).to.deep.equal([]);
    expect(picker.attachments).to.deep.equal([]);
  });

  it('takes no more than max-files and says why', async () => {
    const { picker, uploader } = await mount({ maxFiles: 2 });
    await picker.addFiles([pngFile('a.png'), pngFile('b.png'), pngFile('c.png')]);
    await picker.updateComplete;
    expect(uploader.uploaded).to.deep.equal(['a.png', 'b.png']);
    expect(shadowText(picker)).to.contain(attachmentPickerText('en').tooMany(2));
  });

  it('removes a file, tells the form, and gives focus back to the choose button', async () => {
    const { picker } = await mount();
    await picker.addFiles([pngFile('a.png'), pngFile('b.png')]);
    await picker.updateComplete;
    const change = oneEvent<WharfAttachmentsChangeEvent>(picker, 'wharf-attachments-change');
    picker.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${attachmentPickerText('en').remove('a.png')}"]`)!.click();
    expect((await change).attachments.map((attachment) => attachment.name)).to.deep.equal(['b.png']);
    await eventually(() => picker.shadowRoot!.activeElement?.textContent?.trim() === attachmentPickerText('en').choose);
  });

  it('names a pasted screenshot by when it was taken, in the element’s language', async () => {
    const { picker } = await mount({ locale: 'zh-CN' });
    pasteFiles(picker, [pngFile('image.png')]);
    await eventually(() => picker.attachments.length === 1);
    expect(picker.attachments[0]!.name).to.match(new RegExp(`^${attachmentPickerText('zh-CN').pasted}-\\d{8}-\\d{6}\\.png$`));
    expect(shadowText(picker)).to.contain(attachmentPickerText('zh-CN').label);
  });

  it('forgets every file when cleared', async () => {
    const { picker } = await mount();
    await picker.addFiles([pngFile('a.png')]);
    picker.clear();
    await picker.updateComplete;
    expect(picker.attachments).to.deep.equal([]);
    expect(items(picker)).to.have.length(0);
  });
});
