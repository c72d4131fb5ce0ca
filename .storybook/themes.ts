// The themes the toolbar offers. A theme is nothing but values for the public `--wharf-*` tokens (documented on
// every element), set on the story's container: custom properties inherit into every shadow root below it, so
// the provider and every element follow without knowing about themes. The Theming docs page shows the same.

export interface WharfTheme {
  title: string;
  /** The page behind the elements (the host's own background). */
  background: string;
  tokens: Record<string, string>;
}

export const themes: Record<string, WharfTheme> = {
  default: { title: 'Default', background: '#ffffff', tokens: {} },
  dark: {
    title: 'Dark',
    background: '#0f1420',
    tokens: {
      '--wharf-color-primary': '#8ab4ff',
      '--wharf-color-primary-text': '#0f1420',
      '--wharf-color-danger': '#ff8a80',
      '--wharf-color-success': '#7ddc9a',
      '--wharf-color-text': '#e7ebf3',
      '--wharf-color-muted': '#b4bccb',
      '--wharf-color-border': '#5b6577',
      '--wharf-color-surface': '#182031',
      '--wharf-color-focus': '#8ab4ff',
      '--wharf-batch-upload-invalid-background': '#4a1d1d',
      '--wharf-hs-code-picker-active-background': '#26344f',
    },
  },
  harbour: {
    title: 'Host brand (Harbour Logistics)',
    background: '#f4f7f5',
    tokens: {
      '--wharf-color-primary': '#0b6e4f',
      '--wharf-color-focus': '#0b6e4f',
      '--wharf-color-border': '#8fa39a',
      '--wharf-radius': '2px',
      '--wharf-font-family': 'Georgia, "Songti SC", "SimSun", serif',
      '--wharf-font-size': '16px',
    },
  },
};

/**
 * The story container's `style`: the theme's background over the whole canvas (stories are laid out full screen,
 * so this box is the page, with its own 1rem margin) and its tokens.
 */
export const themeStyle = (theme: WharfTheme) =>
  [`background: ${theme.background}`, 'padding: 1rem', 'min-height: 100vh', 'box-sizing: border-box', ...Object.entries(theme.tokens).map(([name, value]) => `${name}: ${value}`)].join('; ');
