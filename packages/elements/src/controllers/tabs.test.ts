import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { TabsController } from './tabs.ts';

type Key = 'one' | 'two' | 'three';

class TabsHost extends LitElement {
  tabs = new TabsController<Key>(this, { id: 'demo', initial: 'one' });
  override render() {
    return this.tabs.render({
      label: 'Demo sections',
      tabs: [
        { key: 'one', label: 'One' },
        { key: 'two', label: 'Two' },
        { key: 'three', label: 'Three' },
      ],
      panel: (selected) => litHtml`<p>Panel ${selected}</p>`,
    });
  }
}
customElements.define('tabs-controller-host', TabsHost);

const tab = (host: TabsHost, key: Key) => host.shadowRoot!.querySelector<HTMLButtonElement>(`#demo-tab-${key}`)!;
const panel = (host: TabsHost) => host.shadowRoot!.querySelector('[role=tabpanel]')!;

describe('TabsController', () => {
  it('draws an accessible tab list with one tab in the tab order', async () => {
    const host = await fixture<TabsHost>(html`<tabs-controller-host></tabs-controller-host>`);
    expect(tab(host, 'one').getAttribute('aria-selected')).to.equal('true');
    expect(tab(host, 'one').tabIndex).to.equal(0);
    expect(tab(host, 'two').tabIndex).to.equal(-1);
    expect(panel(host).getAttribute('aria-labelledby')).to.equal('demo-tab-one');
    expect(panel(host).textContent).to.contain('Panel one');
    await expect(host).to.be.accessible();
  });

  it('moves with the arrow keys, Home and End, wrapping around, and focus follows', async () => {
    const host = await fixture<TabsHost>(html`<tabs-controller-host></tabs-controller-host>`);
    tab(host, 'one').focus();
    await sendKeys({ press: 'ArrowRight' });
    await host.updateComplete;
    expect(host.tabs.selected).to.equal('two');
    expect(host.shadowRoot!.activeElement).to.equal(tab(host, 'two'));
    await sendKeys({ press: 'End' });
    await host.updateComplete;
    expect(host.tabs.selected).to.equal('three');
    await sendKeys({ press: 'ArrowRight' });
    await host.updateComplete;
    expect(host.tabs.selected).to.equal('one');
    await sendKeys({ press: 'ArrowLeft' });
    await host.updateComplete;
    expect(host.tabs.selected).to.equal('three');
    await sendKeys({ press: 'Home' });
    await host.updateComplete;
    expect(host.tabs.selected).to.equal('one');
    expect(panel(host).textContent).to.contain('Panel one');
  });

  it('selects on click, and reset() goes back to the first tab', async () => {
    const host = await fixture<TabsHost>(html`<tabs-controller-host></tabs-controller-host>`);
    tab(host, 'three').click();
    await host.updateComplete;
    expect(panel(host).textContent).to.contain('Panel three');
    host.tabs.reset();
    await host.updateComplete;
    expect(tab(host, 'one').getAttribute('aria-selected')).to.equal('true');
  });
});
