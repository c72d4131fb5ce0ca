/**
 * The strings of `<wharf-provider>` only: none yet — it draws nothing of its own, and the elements inside it carry
 * their words. Kept so every element's folder has the same shape; a string the provider shows goes here.
 */
export type ProviderText = Record<never, never>;

export const en: ProviderText = {};
