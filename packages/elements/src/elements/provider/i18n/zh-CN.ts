import type { ProviderText } from './en.ts';

export const zhCN: ProviderText = {};
