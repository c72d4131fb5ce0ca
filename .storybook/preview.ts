import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { handlers, startMockServer, useMockClient } from '@wharf/mocks';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { withActions } from 'storybook/actions/decorator';
import { argTypesOf, descriptionOf, eventNames, type Manifest } from './manifest.ts';
import { themes, themeStyle } from './themes.ts';

// The Custom Elements Manifest (`npm run build:manifest`, which `npm run storybook` and `npm run build-storybook`
// run first) drives the docs pages and the controls. A glob, so a checkout that never built it still starts.
const manifests = import.meta.glob<Manifest>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// The prepared database the mock server starts from (scripts/build-mock-snapshot.ts, run before both too);
// without it the page migrates its own, seconds slower.
const snapshots = import.meta.glob<string>('../.tmp/storybook/mock-db.tar.gz', { eager: true, query: '?url', import: 'default' });

// The real Wharf app on in-memory PGlite: start it once per page, as soon as the preview loads.
const mockServer = startMockServer({ snapshot: Object.values(snapshots)[0] });

/**
 * Our own worker set-up: msw 3 renamed `onUnhandledRequest` to `onUnhandledFrame` and the addon's default
 * still passes the old name. `bypass` lets PGlite's .wasm/.data fetches (and Storybook's own) through silently.
 */
async function startWorker() {
  const worker = setupWorker(...handlers);
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
  return worker;
}

const preview: Preview = {
  tags: ['autodocs'],
  initialGlobals: { locale: 'en', theme: 'default' },
  globalTypes: {
    locale: {
      description: 'The provider’s locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          { value: 'zh-HK', title: '繁體中文 (zh-HK)' },
          { value: 'en', title: 'English (en)' },
        ],
      },
    },
    theme: {
      description: 'Values for the public --wharf-* tokens',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: Object.entries(themes).map(([value, theme]) => ({ value, title: theme.title })),
      },
    },
  },
  decorators: [
    // The theme's tokens on a container the story renders into; they inherit into every shadow root.
    (story, { globals }) => html`<div data-wharf-theme=${globals.theme} style=${themeStyle(themes[globals.theme] ?? themes.default!)}>${story()}</div>`,
    withActions,
  ],
  loaders: [
    // Starts the worker once, resets it to `handlers` before each story and prepends `parameters.msw`.
    mswLoader(startWorker),
    async (context) => {
      // Synchronously, before story loaders run (they run alongside): the story is its own client for
      // per-client throttles, so one story's failed sign-ins never make another ask for a captcha.
      useMockClient(context.id);
      await mockServer;
      return {};
    },
  ],
  parameters: {
    // The theme decorator's container is the page: its background fills the canvas, its padding is the margin.
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      extractArgTypes: (tag: string) => argTypesOf(manifest, tag),
      extractComponentDescription: (tag: string) => descriptionOf(manifest, tag),
      codePanel: true,
      source: { excludeDecorators: true },
    },
    // Every `wharf-*` event any element documents, logged in the Actions panel (they bubble and are composed).
    actions: { handles: eventNames(manifest) },
    // axe on every story; a violation fails the story, and with it the story check.
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone360: { name: 'Phone (360 px)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        erpPanel: { name: 'ERP side panel (420 px)', styles: { width: '420px', height: '900px' }, type: 'tablet' },
        tablet: { name: 'Tablet (834 px)', styles: { width: '834px', height: '1112px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: {
        order: ['Introduction', ['Welcome', 'Install', 'Embedding and SSO', 'Theming', 'Localisation', 'Accessibility', 'Events', 'SDK'], 'Account', 'Enterprise', 'Products', 'Orders', 'Support', '*'],
      },
    },
  },
};

export default preview;
