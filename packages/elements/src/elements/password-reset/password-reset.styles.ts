import { formStyles } from '../../styles/form.styles.ts';
import { checklistStyles } from '../../styles/checklist.styles.ts';

/** The password reset: the shared form look and the password checklist. */
export const passwordResetStyles = [formStyles, checklistStyles];
