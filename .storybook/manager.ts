import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

// Wharf's own colours and name in Storybook's frame (the logo is .storybook/assets/wharf-logo.svg).
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Wharf — embeddable customer portal',
    brandUrl: './?path=/docs/introduction-welcome--docs',
    brandImage: './wharf/wharf-logo.svg',
    brandTarget: '_self',
    colorPrimary: '#1849a9',
    colorSecondary: '#1849a9',
    appBg: '#f5f7fb',
    appBorderColor: '#d5dbe6',
    textColor: '#1d2433',
    fontBase: "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif",
  }),
});
