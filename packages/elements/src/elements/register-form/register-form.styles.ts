import { formStyles } from '../../styles/form.styles.ts';
import { checklistStyles } from '../../styles/checklist.styles.ts';

/** The registration form: the shared form look and the password checklist. */
export const registerFormStyles = [formStyles, checklistStyles];
