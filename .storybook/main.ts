import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: [
    // The front door: Welcome, Install, Embedding and SSO, Theming, Localisation, Accessibility, Events, the SDK.
    '../docs/storybook/*.mdx',
    '../docs/storybook/*.stories.ts',
    '../packages/elements/src/**/*.stories.ts',
    // Documents the mock server every story talks to (packages/mocks/src/mock-server.stories.ts).
    '../packages/mocks/src/**/*.stories.ts',
  ],
  addons: [
    // GitHub-flavoured Markdown in the docs pages: their tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  // The msw worker (public/mockServiceWorker.js, written by `npx msw init public --save`), and Wharf's logo.
  staticDirs: ['../public', { from: './assets', to: '/wharf' }],
  // Storybook phones home otherwise (and is slow offline because of it).
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Pre-bundling PGlite breaks the `new URL('./pglite.wasm', import.meta.url)` it loads its files with.
      optimizeDeps: { exclude: ['@electric-sql/pglite'] },
      build: {
        // The preview bundles Storybook itself and the whole mock server; its size matters to nobody.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          // PGlite's Emscripten glue uses `eval` and imports `node:module` behind a runtime check; both are
          // harmless in the browser, so keep the build output for warnings that matter.
          onwarn(warning: { code?: string; id?: string; message: string }, warn: (warning: never) => void) {
            if (/@electric-sql[\\/]pglite/.test(`${warning.id ?? ''} ${warning.message}`)) return;
            warn(warning as never);
          },
        },
      },
    });
  },
};

export default config;
