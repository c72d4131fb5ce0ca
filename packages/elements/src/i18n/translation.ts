import type { CharacterClass } from '@wharf/domain/auth';

/**
 * Every user-facing string of the elements, one implementation per locale. Messages about rules and
 * server refusals come from @wharf/domain/messages, shared with the server.
 */
export interface Translation {
  /** Notes for translators: keep button labels short; `seconds` counts down once a second. */
  common: {
    email: string;
    emailHint: string;
    password: string;
    confirmPassword: string;
    showPassword: string;
    hidePassword: string;
    code: string;
    codeHint: (email: string) => string;
    resendCode: string;
    resendIn: (seconds: number) => string;
    changeEmail: string;
    working: string;
    passwordsDiffer: string;
    unreachable: string;
    unexpected: string;
    stepOf: (step: number, total: number) => string;
  };
  checklist: {
    title: string;
    length: (min: number) => string;
    classes: (min: number) => string;
    classNames: Record<CharacterClass, string>;
    met: string;
    unmet: string;
  };
}
