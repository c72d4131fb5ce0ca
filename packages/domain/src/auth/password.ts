/** Seed 000: at least 8 characters with at least three of upper case, lower case, digit and symbol. */
export const PASSWORD_POLICY = { minLength: 8, maxLength: 128, minClasses: 3 } as const;

export const CHARACTER_CLASSES = ['upper', 'lower', 'digit', 'symbol'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_too_few_classes';

export interface PasswordCheck {
  /** True when every rule is met. */
  ok: boolean;
  /** Whether the length rule is met. */
  longEnough: boolean;
  /** Which character classes the password contains. */
  classes: Record<CharacterClass, boolean>;
  classCount: number;
  /** The rules not met, as problem codes the server also answers with. */
  unmet: PasswordProblem[];
}

const CLASS_PATTERNS: Record<CharacterClass, RegExp> = {
  upper: /\p{Lu}/u,
  lower: /\p{Ll}/u,
  digit: /\p{Nd}/u,
  symbol: /[^\p{L}\p{Nd}\s]/u,
};

/** The one implementation of the password policy: the server enforces it and the forms show it live. */
export function checkPassword(password: string): PasswordCheck {
  const length = [...password].length;
  const classes = {} as Record<CharacterClass, boolean>;
  for (const name of CHARACTER_CLASSES) classes[name] = CLASS_PATTERNS[name].test(password);
  const classCount = CHARACTER_CLASSES.filter((name) => classes[name]).length;
  const longEnough = length >= PASSWORD_POLICY.minLength;
  const unmet: PasswordProblem[] = [];
  if (!longEnough) unmet.push('password_too_short');
  if (length > PASSWORD_POLICY.maxLength) unmet.push('password_too_long');
  if (classCount < PASSWORD_POLICY.minClasses) unmet.push('password_too_few_classes');
  return { ok: unmet.length === 0, longEnough, classes, classCount, unmet };
}
