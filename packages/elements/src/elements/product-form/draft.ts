import type { HsCode, HsCodeElement, Locale, Product, ProductListItem } from '@wharf/domain';
import type { ProductType } from '@wharf/domain/products';
import type { CreateProductRequest, UpdateProductRequest } from '@wharf/sdk';
import type { ReactiveControllerHost } from 'lit';
import { NO_ERRORS, type FormErrors } from '../../internal/form-errors.ts';
import { answersFor, draftProblems, emptyValues, FIELDS, LINKED_FIELDS, priceOf, weightOf, type Component, type Field, type Intent, type Values } from './draft-rules.ts';

export type Notice = { kind: 'success' | 'info'; text: string };

/** Answers moved from one HS code's elements to another's: an element keeps its answer where the new code has one of the same name. */
function carryAnswers(from: HsCode | undefined, to: HsCode, answers: Record<string, string>): Record<string, string> {
  const carried: Record<string, string> = {};
  for (const element of to.elements) {
    const before = from ? from.elements.find((old) => old.name === element.name) : element;
    const answer = before ? answers[String(before.index)] : undefined;
    if (answer) carried[String(element.index)] = answer;
  }
  return carried;
}

/**
 * The product as the form holds it — typed values, the HS code and its answers, a combo's components — with what
 * the user touched, the errors shown and when, and the request bodies it saves as.
 */
export class ProductDraft {
  /** The product being edited, as last read or saved; none when creating. */
  product?: Product;
  values: Values = emptyValues();
  answers: Record<string, string> = {};
  hsCode?: HsCode;
  components: Component[] = [];
  touched: ReadonlySet<string> = new Set();
  /** The save last tried (errors then show everywhere). */
  attempted?: Intent;
  /** The server's errors, by field. */
  errors: FormErrors = NO_ERRORS;
  notice?: Notice;

  /** The HS code the answers' indexes belong to (kept when the code is cleared, so choosing again carries them). */
  #answersCode?: HsCode;
  /** The product's HS code when the catalogue could not give it back: saved as it is unless the user picks another. */
  keptHsCode?: string;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Shows `product` (none: a new one) with its HS code's elements. */
  show(product: Product | undefined, hsCode: HsCode | undefined) {
    this.product = product;
    const values = emptyValues();
    if (product) {
      for (const name of FIELDS) {
        const value = product[name];
        values[name] = value === null || value === undefined ? '' : String(value);
      }
    }
    this.values = values;
    this.answers = { ...(product?.declarationElements ?? {}) };
    this.hsCode = hsCode;
    this.#answersCode = hsCode;
    this.components = (product?.components ?? []).map((component) => ({ sku: component.sku, name: component.name, quantity: String(component.quantity) }));
    this.touched = new Set();
    this.attempted = undefined;
    this.errors = NO_ERRORS;
    this.#host.requestUpdate();
  }

  /** Every problem the browser can see, by field path; `currency` is the trading currency the prices are in. */
  problems(type: ProductType, intent: Intent | undefined, locale: Locale, currency: string | undefined): Record<string, string> {
    return draftProblems({ type, existing: Boolean(this.product), values: this.values, hsCode: this.hsCode, answers: this.answers, components: this.components, currency }, intent, locale);
  }

  /** The error shown at `path`: the server's, else the browser's once the field was typed in (or a save tried). */
  errorAt(path: string, problems: Record<string, string>): string | undefined {
    const server = this.errors.fields[path];
    if (server) return server;
    const problem = problems[path];
    if (!problem) return undefined;
    if (this.attempted || this.touched.has(path)) return problem;
    // A rule between two fields shows as soon as either was typed in.
    if (Object.entries(LINKED_FIELDS).some(([first, second]) => second === path && this.touched.has(first))) return problem;
    if (path === 'declarationElements') return problem;
    return undefined;
  }

  touch(...paths: string[]) {
    const touched = new Set(this.touched);
    for (const path of paths) touched.add(path);
    this.touched = touched;
    const fields = { ...this.errors.fields };
    let cleared = false;
    for (const path of [...paths, ...paths.flatMap((path) => (LINKED_FIELDS[path] ? [LINKED_FIELDS[path]] : []))]) {
      if (fields[path]) {
        delete fields[path];
        cleared = true;
      }
    }
    if (cleared) this.errors = { ...this.errors, fields };
    this.notice = undefined;
    this.#host.requestUpdate();
  }

  set(name: Field, value: string) {
    this.values = { ...this.values, [name]: value };
    this.touch(name);
  }

  setAnswer(element: HsCodeElement, value: string) {
    this.answers = { ...this.answers, [String(element.index)]: value };
    this.touch(`declarationElements.${element.index}`, 'declarationElements');
  }

  /** The user chose (or cleared) the HS code: what the form shows is what it saves. */
  chooseHsCode(next: HsCode | undefined) {
    if (next) {
      this.answers = carryAnswers(this.#answersCode, next, this.answers);
      this.#answersCode = next;
    }
    this.hsCode = next;
    this.keptHsCode = undefined;
    const fields = Object.fromEntries(Object.entries(this.errors.fields).filter(([path]) => path !== 'hsCode' && !path.startsWith('declarationElements')));
    this.errors = { ...this.errors, fields };
    this.touch('hsCode');
  }

  addComponent(item: ProductListItem): boolean {
    if (this.components.some((component) => component.sku === item.sku)) return false;
    this.components = [...this.components, { sku: item.sku, name: item.name, quantity: '1' }];
    this.touch('components');
    return true;
  }

  removeComponent(index: number): Component | undefined {
    const removed = this.components[index];
    this.components = this.components.filter((_, at) => at !== index);
    // Errors at rows after it would now point at the wrong row.
    this.errors = { ...this.errors, fields: Object.fromEntries(Object.entries(this.errors.fields).filter(([path]) => !path.startsWith('components'))) };
    this.touch('components');
    return removed;
  }

  setQuantity(index: number, quantity: string) {
    this.components = this.components.map((component, at) => (at === index ? { ...component, quantity } : component));
    this.touch(`components.${index}.quantity`, `components.${index}.sku`);
  }

  /** The field paths the server may name (its other errors show at the form). */
  knownFields(): string[] {
    const elements = this.hsCode?.elements.map((element) => `declarationElements.${element.index}`) ?? [];
    const components = this.components.flatMap((_, index) => [`components.${index}.sku`, `components.${index}.quantity`]);
    return [...FIELDS, 'hsCode', 'declarationElements', ...elements, 'components', ...components];
  }

  #components() {
    return this.components.map((component) => ({ sku: component.sku, quantity: Number(component.quantity) }));
  }

  createBody(type: ProductType): CreateProductRequest {
    const v = this.values;
    const optional = (value: string) => value.trim() || undefined;
    if (type === 'combo') {
      return { type: 'combo', sku: v.sku.trim(), name: v.name.trim(), category: optional(v.category), salePrice: priceOf(v.salePrice), components: this.#components() };
    }
    return {
      type: 'normal',
      sku: v.sku.trim(),
      name: v.name.trim(),
      category: v.category,
      brand: optional(v.brand),
      model: optional(v.model),
      unit: v.unit,
      originCountry: v.originCountry,
      barcode: optional(v.barcode),
      grossWeight: weightOf(v.grossWeight),
      netWeight: weightOf(v.netWeight),
      purchasePrice: priceOf(v.purchasePrice)!,
      salePrice: priceOf(v.salePrice)!,
      hsCode: this.hsCode?.code,
      declarationElements: this.hsCode ? answersFor(this.hsCode, this.answers) : undefined,
    };
  }

  updateBody(type: ProductType): UpdateProductRequest {
    const v = this.values;
    const orNull = (value: string) => value.trim() || null;
    if (type === 'combo') {
      return { name: v.name.trim(), ...(v.category ? { category: v.category } : {}), salePrice: priceOf(v.salePrice) ?? null, components: this.#components() };
    }
    return {
      name: v.name.trim(),
      category: v.category,
      brand: orNull(v.brand),
      model: orNull(v.model),
      unit: v.unit,
      originCountry: v.originCountry,
      barcode: orNull(v.barcode),
      grossWeight: weightOf(v.grossWeight) ?? null,
      netWeight: weightOf(v.netWeight) ?? null,
      purchasePrice: priceOf(v.purchasePrice)!,
      salePrice: priceOf(v.salePrice)!,
      ...(this.keptHsCode ? {} : { hsCode: this.hsCode?.code ?? null, declarationElements: this.hsCode ? answersFor(this.hsCode, this.answers) : null }),
    };
  }
}
