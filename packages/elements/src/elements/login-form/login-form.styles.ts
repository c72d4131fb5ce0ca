import { formStyles } from '../../styles/form.styles.ts';

/** The sign-in form: the shared form look. */
export const loginFormStyles = [formStyles];
