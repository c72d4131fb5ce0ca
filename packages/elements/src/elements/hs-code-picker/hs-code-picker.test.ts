import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../provider/define.ts';
import './define.ts';
import type { WharfHsCodePicker } from './hs-code-picker.ts';
import { hsCodePickerText } from './hs-code-picker.ts';
import { eventually, registerAccount, shadowText, typeInto } from '../../testing/helpers.ts';

let token: string | undefined;
async function session() {
  token ??= (await registerAccount()).token;
  return token;
}

async function mount(options: { locale?: string; inForm?: boolean } = {}) {
  const sessionToken = await session();
  const root = await fixture(
    options.inForm
      ? html`<wharf-provider session-token=${sessionToken} locale=${options.locale ?? 'en'}>
          <form><fieldset><wharf-hs-code-picker name="hsCode" required></wharf-hs-code-picker></fieldset><button type="reset">Reset</button></form>
        </wharf-provider>`
      : html`<wharf-provider session-token=${sessionToken} locale=${options.locale ?? 'en'}><wharf-hs-code-picker></wharf-hs-code-picker></wharf-provider>`,
  );
  const picker = root.querySelector('wharf-hs-code-picker') as WharfHsCodePicker;
  await picker.updateComplete;
  return { root, picker };
}

const input = (picker: WharfHsCodePicker) => picker.shadowRoot!.querySelector('input')!;
const options = (picker: WharfHsCodePicker) => [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const codes = (picker: WharfHsCodePicker) => options(picker).map((option) => option.querySelector('[part=option-code]')!.textContent!.trim());
const announced = (picker: WharfHsCodePicker) => picker.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

async function listed(picker: WharfHsCodePicker, code: string) {
  await eventually(() => codes(picker).includes(code), () => `no ${code} listed; it shows: ${shadowText(picker)}`);
}

describe('<wharf-hs-code-picker>', () => {
  it('finds codes by their first digits, dots allowed, each with its 10-digit code and name', async () => {
    const { picker } = await mount();
    await typeInto(picker, 'input', '3304.99');
    await listed(picker, '3304990099');
    expect(input(picker).getAttribute('aria-expanded')).to.equal('true');
    expect(input(picker).getAttribute('aria-controls')).to.equal('listbox');
    expect(input(picker).getAttribute('aria-autocomplete')).to.equal('list');
    expect(codes(picker)).to.deep.equal(['3304990099']);
    expect(options(picker)[0]!.textContent).to.contain('其他包装标注规格的其他美容品或化妆品及护肤品');
    expect(announced(picker)).to.equal(hsCodePickerText('en').found(codes(picker).length));
  });

  it('finds codes by words of their name', async () => {
    const { picker } = await mount();
    await typeInto(picker, 'input', '奶粉');
    await listed(picker, '1901101090');
    expect(options(picker).every((option) => option.textContent!.includes('奶粉'))).to.equal(true);
  });

  it('is chosen with the keyboard: arrows move, Enter chooses, Escape undoes what was typed', async () => {
    const { picker } = await mount();
    await typeInto(picker, 'input', '330');
    await eventually(() => options(picker).length > 1);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(input(picker).getAttribute('aria-activedescendant')).to.equal('option-1');
    expect(options(picker)[1]!.getAttribute('aria-selected')).to.equal('true');
    const second = codes(picker)[1]!;
    const changed = oneEvent(picker, 'change');
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(picker.value).to.equal(second);
    expect(picker.hsCode?.code).to.equal(second);
    expect(input(picker).value).to.equal(second);
    expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
    expect(shadowText(picker)).to.contain(picker.hsCode!.name);

    await sendKeys({ type: '.1' });
    await eventually(() => input(picker).getAttribute('aria-expanded') === 'true' || shadowText(picker).includes('No HS code'));
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(input(picker).value).to.equal(second);
    expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
    expect(picker.value).to.equal(second);
  });

  it('is chosen with the mouse, and cleared with its button', async () => {
    const { picker } = await mount();
    await typeInto(picker, 'input', '8517');
    await listed(picker, '8517130000');
    const changed = oneEvent(picker, 'change');
    options(picker).find((option) => option.textContent!.includes('8517130000'))!.click();
    await changed;
    expect(picker.value).to.equal('8517130000');
    const cleared = oneEvent(picker, 'change');
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=clear]')!.click();
    await cleared;
    expect(picker.value).to.equal('');
    expect(picker.hsCode).to.equal(undefined);
    expect(input(picker).value).to.equal('');
  });

  it('says what to try when nothing matches', async () => {
    const { picker } = await mount();
    await typeInto(picker, 'input', '0000000');
    const t = hsCodePickerText('en');
    await eventually(() => picker.shadowRoot!.querySelector('[part=empty]')?.textContent?.trim() === t.noMatch('0000000'), () => shadowText(picker));
    expect(announced(picker)).to.equal(t.noMatch('0000000'));
    expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
  });

  it('loads a code set as its value: name and declaration elements', async () => {
    const { picker } = await mount();
    picker.value = '3304990099';
    await picker.updateComplete;
    expect(picker.hsCode?.name).to.equal('其他包装标注规格的其他美容品或化妆品及护肤品');
    expect(picker.hsCode?.elements.map((element) => element.name).slice(0, 3)).to.deep.equal(['品牌类型', '出口享惠情况', '用途']);
    expect(input(picker).value).to.equal('3304990099');
    expect(shadowText(picker)).to.contain('其他包装标注规格的其他美容品或化妆品及护肤品');
    picker.value = '0000000000';
    await picker.updateComplete;
    expect(picker.hsCode).to.equal(undefined);
    expect(picker.shadowRoot!.querySelector('[part=error]')!.textContent).to.equal(hsCodePickerText('en').unknownCode('0000000000'));
  });

  it('takes part in its form: required, submitted under its name, reset, disabled with its fieldset', async () => {
    const { root, picker } = await mount({ inForm: true });
    const form = root.querySelector('form')!;
    expect(form.checkValidity()).to.equal(false);
    expect(picker.validity.valueMissing).to.equal(true);
    await typeInto(picker, 'input', '3304990099');
    await listed(picker, '3304990099');
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(new FormData(form).get('hsCode')).to.equal('3304990099');
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await picker.updateComplete;
    expect(picker.value).to.equal('');
    expect(new FormData(form).get('hsCode')).to.equal(null);
    form.querySelector('fieldset')!.disabled = true;
    await picker.updateComplete;
    expect(input(picker).disabled).to.equal(true);
  });

  it('speaks Simplified Chinese and passes an accessibility audit with its list open', async () => {
    const { picker } = await mount({ locale: 'zh-CN' });
    expect(picker.shadowRoot!.querySelector('label')!.textContent).to.contain('海关编码');
    await typeInto(picker, 'input', '3304');
    await eventually(() => options(picker).length > 0);
    await sendKeys({ press: 'ArrowDown' });
    expect(announced(picker)).to.equal(hsCodePickerText('zh-CN').found(options(picker).length));
    await expect(picker).to.be.accessible();
    await expect(picker).shadowDom.to.be.accessible();
  });
});
