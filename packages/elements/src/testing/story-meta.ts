// How the stories mount their element: in a `<wharf-provider>` with the `locale` control, signed out with the host
// page's session readout under it, or signed in as a fresh enterprise admin. Each story file spreads one of these
// into its meta next to its own `title` and `component` (Storybook reads those two from the object literal itself).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Locale } from '@wharf/domain';
import { seed } from '@wharf/mocks';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../elements/provider/define.ts';
import { localeArg, sessionReadout, showSession } from './story-helpers.ts';

export type StoryArgs = { locale: Locale };
export type Story = StoryObj<StoryArgs>;

/** A signed-out provider around `tag`, and the line the host page writes on each `wharf-session-change`. */
export function signedOutMeta(tag: string): Meta<StoryArgs> {
  const element = unsafeStatic(tag);
  return {
    ...localeArg,
    render: ({ locale }) => html`<wharf-provider locale=${locale} @wharf-session-change=${showSession}>
      <${element}></${element}>
      ${sessionReadout()}
    </wharf-provider>`,
  };
}

/**
 * A provider signed in as `loaded.admin` (by default a fresh enterprise admin) around `tag`, or as `loaded.viewer`
 * when a story's own loader seeds one.
 */
export function enterpriseAdminMeta(tag: string, load = async (): Promise<object> => ({ admin: await seed.enterpriseAdmin() })): Meta<StoryArgs> {
  const element = unsafeStatic(tag);
  return {
    ...localeArg,
    loaders: [load],
    render: ({ locale }, { loaded }) => html`<wharf-provider session-token=${loaded.viewer?.token ?? loaded.admin.token} locale=${locale}>
      <${element}></${element}>
    </wharf-provider>`,
  };
}

/** A loader for {@link enterpriseAdminMeta}: the page is viewed by an approved member who is not an admin. */
export async function approvedMemberViewer() {
  const admin = await seed.enterpriseAdmin();
  return { admin, viewer: await seed.approvedMember(admin) };
}

/** A loader for {@link enterpriseAdminMeta}: the page is viewed by someone whose request to join still waits. */
export async function pendingMemberViewer() {
  const admin = await seed.enterpriseAdmin();
  return { admin, viewer: await seed.pendingMember(admin.enterprise) };
}
