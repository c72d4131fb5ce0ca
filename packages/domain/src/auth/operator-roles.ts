/** The provider's staff (PRODUCT §1.11): who may act on the operator side. */
export const OPERATOR_ROLES = ['support', 'warehouse', 'customs', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export function isOperatorRole(value: string): value is OperatorRole {
  return (OPERATOR_ROLES as readonly string[]).includes(value);
}
