import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { handlers, startMockServer, useMockClient } from '@wharf/mocks';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';

// Controls/argTypes from the Custom Elements Manifest when it has been built (`npm run build:manifest`);
// a glob, so a fresh checkout without the generated file still builds.
const manifests = import.meta.glob<object>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// The real Wharf app on in-memory PGlite (about 4 s): start it once per page, as soon as the preview loads.
const mockServer = startMockServer();

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
    controls: { expanded: true },
  },
};

export default preview;
