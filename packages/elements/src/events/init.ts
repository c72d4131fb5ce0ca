/** Every Wharf event bubbles and crosses shadow roots, so a host can listen on any ancestor. */
export const init = { bubbles: true, composed: true } as const;
