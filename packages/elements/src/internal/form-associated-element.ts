import { state } from 'lit/decorators.js';
import { WharfElement } from './wharf-element.ts';

/**
 * A Wharf element that takes part in forms like a native control: it submits a value under its `name` and has
 * validity, through `ElementInternals`. Subclasses set the value and validity with `internals`.
 */
export class WharfFormAssociatedElement extends WharfElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;
  /** Whether a disabled `<fieldset>` around it disables it. */
  @state() protected formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }
}
