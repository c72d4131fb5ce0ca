import type { ProviderText } from './en.ts';

export const zhHK: ProviderText = {};
