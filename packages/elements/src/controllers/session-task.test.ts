import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import type { Membership, User } from '@wharf/domain';
import type { WharfClient } from '@wharf/sdk';
import { LitElement } from 'lit';
import { sessionContext, type Session } from '../internal/context.ts';
import { eventually } from '../testing/helpers.ts';
import { SessionTask } from './session-task.ts';

/** A load the test settles by hand. */
interface Load {
  key: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
}

const client = {} as WharfClient;

class TaskHost extends LitElement {
  loads: Load[] = [];
  shown?: string;
  filter = 'all';
  data = new SessionTask(this, {
    client: () => client,
    args: (): [string] => [this.filter],
    load: (_client, signal, filter) =>
      new Promise<string>((resolve) => this.loads.push({ key: `${this.data.key}|${filter}`, signal, resolve })),
    onComplete: (value) => (this.shown = value),
  });
}
customElements.define('session-task-host', TaskHost);

class SessionHost extends LitElement {
  provider = new ContextProvider(this, { context: sessionContext, initialValue: { status: 'unknown' } as Session });
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('session-task-provider', SessionHost);

const user = (id: string) => ({ id, email: `${id}@harbour.example`, name: id }) as unknown as User;
const member = (enterpriseId: string, role: Membership['role'] = 'admin') => ({ enterpriseId, role }) as unknown as Membership;
const signedIn = (userId: string, enterpriseId: string, role?: Membership['role']): Session => ({
  status: 'signed-in',
  user: user(userId),
  enterprise: member(enterpriseId, role),
});

async function withProvider() {
  const provider = await fixture<SessionHost>(html`<session-task-provider><session-task-host></session-task-host></session-task-provider>`);
  const host = provider.querySelector<TaskHost>('session-task-host')!;
  await host.updateComplete;
  return { provider, host };
}

describe('SessionTask', () => {
  it('without a provider, loads at once with the page’s own session', async () => {
    const host = await fixture<TaskHost>(html`<session-task-host></session-task-host>`);
    expect(host.loads.map((load) => load.key)).to.deep.equal(['cookie|all']);
    host.loads[0]!.resolve('loaded');
    await eventually(() => host.shown === 'loaded');
  });

  it('waits for a sign-in, then loads for the user, their enterprise and role', async () => {
    const { provider, host } = await withProvider();
    expect(host.loads).to.have.length(0);
    provider.provider.setValue(signedIn('u1', 'e1'));
    await host.updateComplete;
    expect(host.loads.map((load) => load.key)).to.deep.equal(['u1:e1:admin|all']);
  });

  it('loads again when the enterprise or its arguments change, cancelling and dropping the older load', async () => {
    const { provider, host } = await withProvider();
    provider.provider.setValue(signedIn('u1', 'e1'));
    await host.updateComplete;
    provider.provider.setValue(signedIn('u1', 'e2'));
    await host.updateComplete;
    const [older, newer] = host.loads;
    expect(newer!.key).to.equal('u1:e2:admin|all');
    expect(older!.signal.aborted).to.equal(true);
    newer!.resolve('e2');
    older!.resolve('e1');
    await eventually(() => host.shown === 'e2');
    await host.updateComplete;
    expect(host.shown).to.equal('e2');

    host.filter = 'open';
    host.requestUpdate();
    await host.updateComplete;
    expect(host.loads.at(-1)!.key).to.equal('u1:e2:admin|open');
  });

  it('does not load again for a new session object that means the same', async () => {
    const { provider, host } = await withProvider();
    provider.provider.setValue(signedIn('u1', 'e1'));
    await host.updateComplete;
    provider.provider.setValue(signedIn('u1', 'e1'));
    await host.updateComplete;
    expect(host.loads).to.have.length(1);
  });

  it('run() loads again now', async () => {
    const host = await fixture<TaskHost>(html`<session-task-host></session-task-host>`);
    host.loads[0]!.resolve('first');
    const again = host.data.run();
    host.loads[1]!.resolve('second');
    await again;
    expect(host.shown).to.equal('second');
  });
});
