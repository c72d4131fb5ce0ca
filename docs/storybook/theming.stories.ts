import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@wharf/elements/login-form';
import '@wharf/elements/provider';

interface BrandArgs {
  primary: string;
  border: string;
  radius: string;
  font: string;
  uppercaseButton: boolean;
}

/** A host page with its own brand: tokens set on the provider, one part styled with `::part()`. */
const meta: Meta<BrandArgs> = {
  title: 'Introduction/Theming',
  tags: ['!autodocs'],
  args: { primary: '#0b6e4f', border: '#8fa39a', radius: '2px', font: 'Georgia, "Songti SC", "SimSun", serif', uppercaseButton: true },
  argTypes: {
    primary: { control: 'color', description: '`--wharf-color-primary`' },
    border: { control: 'color', description: '`--wharf-color-border`' },
    radius: { control: 'text', description: '`--wharf-radius`' },
    font: { control: 'text', description: '`--wharf-font-family`' },
    uppercaseButton: { control: 'boolean', description: '`wharf-login-form::part(submit) { text-transform: uppercase }`' },
  },
  render: ({ primary, border, radius, font, uppercaseButton }, { globals }) => html`<style>
      .host-brand {
        --wharf-color-primary: ${primary};
        --wharf-color-focus: ${primary};
        --wharf-color-border: ${border};
        --wharf-radius: ${radius};
        --wharf-font-family: ${font};
      }
      .host-brand wharf-login-form::part(submit) {
        text-transform: ${uppercaseButton ? 'uppercase' : 'none'};
        letter-spacing: ${uppercaseButton ? '0.05em' : 'normal'};
      }
    </style>
    <wharf-provider class="host-brand" locale=${globals.locale}><wharf-login-form></wharf-login-form></wharf-provider>`,
};
export default meta;

/** The tokens reach the shadow root; the part rule reaches the button. */
export const HostBrand: StoryObj<BrandArgs> = {
  play: async ({ canvasElement, args }) => {
    const submit = await waitFor(() => {
      const found = canvasElement.querySelector('wharf-login-form')?.shadowRoot?.querySelector<HTMLButtonElement>('[part=submit]');
      if (!found) throw new Error('the login form has not rendered its button yet');
      return found;
    });
    const style = getComputedStyle(submit);
    const probe = document.createElement('span');
    probe.style.color = args.primary;
    document.body.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    expect(style.backgroundColor).toBe(primary);
    expect(style.borderTopLeftRadius).toBe(args.radius);
    expect(style.textTransform).toBe(args.uppercaseButton ? 'uppercase' : 'none');
  },
};
