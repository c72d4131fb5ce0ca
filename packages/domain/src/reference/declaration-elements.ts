// Declaration elements (申报要素, PRODUCT §3.5): each 10-digit HS code has an ordered, 0-indexed list of elements a
// product must answer; the answers joined with `|` in that order are the declared specification (规格型号).
import { PRODUCT_POLICY } from '../products/rules.ts';

/** One coded answer an element offers, as the customs catalogue names it. */
export interface ElementChoice {
  readonly code: string;
  readonly name: string;
}

/** One element of an HS code's list. */
export interface DeclarationElement {
  index: number;
  name: string;
  /** Optional elements (GTIN, CAS, 其他 …) may stay empty; every other one must be answered. */
  required: boolean;
  /** Present on coded elements: the answer must be one of these codes. */
  choices?: ElementChoice[];
}

/** 品牌类型: the brand type every code asks first. */
export const BRAND_TYPE_CHOICES: readonly ElementChoice[] = [
  { code: '0', name: '无品牌' },
  { code: '1', name: '境内自主品牌' },
  { code: '2', name: '境内收购品牌' },
  { code: '3', name: '境外品牌(贴牌生产)' },
  { code: '4', name: '境外品牌(其他)' },
];

/** 出口享惠情况: whether exported goods enjoy preferential tariffs in the country of final destination. */
export const PREFERENTIAL_STATUS_CHOICES: readonly ElementChoice[] = [
  { code: '0', name: '出口货物在最终目的国（地区）不享受优惠关税' },
  { code: '1', name: '出口货物在最终目的国（地区）享受优惠关税' },
  { code: '2', name: '出口时不能确定在最终目的国（地区）是否享受优惠关税' },
];

/** Coded elements, recognised by how their name begins. */
const CODED_ELEMENTS: readonly { prefix: string; choices: readonly ElementChoice[] }[] = [
  { prefix: '品牌类型', choices: BRAND_TYPE_CHOICES },
  { prefix: '出口享惠情况', choices: PREFERENTIAL_STATUS_CHOICES },
];

/** Elements the catalogue does not require: GTIN, CAS, 其他, and any marked 非必报 / 选填 / 选报. */
const OPTIONAL_ELEMENT = /^(GTIN|CAS|其他|其它)(\s*[(（].*[)）])?$|非必报|非必填|选填|选报/i;

export const DECLARATION_POLICY = {
  /** The answers are joined with this; no answer may contain it. */
  separator: '|',
  /** The declared specification (规格型号), separators included. */
  specificationMax: PRODUCT_POLICY.declaredSpecificationMax,
  /** One answer. */
  answerMax: 255,
  /** One element's name, and how many elements a code may have. */
  elementNameMax: 100,
  elementsMax: 50,
} as const;

/** The field codes the checks below answer with; their messages live in messages/reference/. */
export type DeclarationProblemCode =
  | 'declaration_element_required'
  | 'declaration_element_choice'
  | 'declaration_element_separator'
  | 'declaration_element_too_long'
  | 'declaration_element_unknown'
  | 'declared_specification_too_long';

/** A problem with a product's answers: `path` is `declarationElements.3` (or the whole `declarationElements`). */
export interface DeclarationProblem {
  path: string;
  code: DeclarationProblemCode;
  params: { name?: string; field?: string; options?: string[]; max?: number; count?: number };
}

/** Describes an element from its name alone: whether it is required, and its choices when it is coded. */
export function describeElement(index: number, name: string): DeclarationElement {
  const trimmed = name.trim();
  const coded = CODED_ELEMENTS.find((element) => trimmed.startsWith(element.prefix));
  return {
    index,
    name: trimmed,
    required: !OPTIONAL_ELEMENT.test(trimmed),
    ...(coded ? { choices: coded.choices.map((choice) => ({ ...choice })) } : {}),
  };
}

/** The elements of an ordered list of names (position = index), as stored. */
export function elementsFromNames(names: readonly string[]): DeclarationElement[] {
  return names.map((name, index) => describeElement(index, name));
}

/** Why an element list could not be read, and at which entry (0-based, in the order written). */
export class ElementListError extends Error {
  readonly reason: 'empty' | 'entry' | 'order' | 'name' | 'too_many';
  readonly entry: number;
  readonly text: string;

  constructor(options: { reason: ElementListError['reason']; entry: number; text: string }) {
    super(`declaration element list: ${options.reason} at entry ${options.entry} (${options.text})`);
    this.name = 'ElementListError';
    this.reason = options.reason;
    this.entry = options.entry;
    this.text = options.text;
  }
}

const ENTRY = /^(\d{1,2})\s*[:：]\s*(.+)$/s;
const FORBIDDEN_IN_NAME = /[|\r\n]/;
const OPENING = '(（[【';
const CLOSING = ')）]】';

/**
 * Splits a list at its separators — `;`, `；` or `|` — but not inside brackets: the catalogue writes hints such as
 * `3:用途(供婴幼儿食用;适用的年龄阶段);` into element names.
 */
function splitEntries(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ';' || char === '；' || char === '|')) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/** Whether every bracket opened in a name is closed (an unclosed one would have swallowed the entries after it). */
function bracketsClose(name: string): boolean {
  let depth = 0;
  for (const char of name) {
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Reads the catalogue's element list — `0:品牌类型;1:出口享惠情况;2:用途;3:品牌;4:型号;5:GTIN;6:CAS;` — into
 * elements. Entries are separated by `;` (or `；`, or `|` as some catalogue copies print them; separators inside
 * brackets belong to the name), numbered from 0 without gaps; a trailing separator is fine. Throws an
 * `ElementListError` saying which entry is wrong.
 */
export function parseElementList(text: string): DeclarationElement[] {
  const parts = splitEntries(text);
  // `0:品牌类型;1:用途;` ends with a separator: nothing after the last one is an entry.
  while (parts.length > 0 && parts.at(-1) === '') parts.pop();
  if (parts.length === 0) throw new ElementListError({ reason: 'empty', entry: 0, text: text.trim() });
  if (parts.length > DECLARATION_POLICY.elementsMax) {
    throw new ElementListError({ reason: 'too_many', entry: DECLARATION_POLICY.elementsMax, text: parts[DECLARATION_POLICY.elementsMax]! });
  }
  return parts.map((part, position) => {
    const match = ENTRY.exec(part);
    if (!match) throw new ElementListError({ reason: 'entry', entry: position, text: part });
    if (Number(match[1]) !== position) throw new ElementListError({ reason: 'order', entry: position, text: part });
    const name = match[2]!.trim();
    if (name.length > DECLARATION_POLICY.elementNameMax || FORBIDDEN_IN_NAME.test(name) || !bracketsClose(name)) {
      throw new ElementListError({ reason: 'name', entry: position, text: part });
    }
    return describeElement(position, name);
  });
}

/** The catalogue's own notation for a list of elements: `0:品牌类型;1:出口享惠情况;…;`. */
export function formatElementList(elements: readonly Pick<DeclarationElement, 'index' | 'name'>[]): string {
  return elements.map((element) => `${element.index}:${element.name};`).join('');
}

/** An answer as stored and declared: trimmed; missing is empty. */
function answerOf(answers: Readonly<Record<string, string | undefined>>, index: number): string {
  return (answers[String(index)] ?? '').trim();
}

/**
 * The declared specification (规格型号): every element's answer in element order, joined with `|`; unanswered
 * optional elements leave their place empty.
 */
export function declaredSpecification(
  hsCode: { elements: readonly Pick<DeclarationElement, 'index'>[] },
  answers: Readonly<Record<string, string | undefined>>,
): string {
  return [...hsCode.elements]
    .sort((a, b) => a.index - b.index)
    .map((element) => answerOf(answers, element.index))
    .join(DECLARATION_POLICY.separator);
}

/**
 * Checks a product's answers against its HS code's elements: every required element answered, coded elements
 * answered with one of their codes, no `|` or line break inside an answer, no answer too long, no answer to an
 * element the code does not have, and the declared specification within 510 characters. Returns the problems in
 * element order, each at `declarationElements.<index>`; none means the answers may be declared.
 */
export function checkDeclarationElements(
  hsCode: { elements: readonly DeclarationElement[] },
  answers: Readonly<Record<string, string | undefined>>,
): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  const indexes = new Set<string>();
  for (const element of [...hsCode.elements].sort((a, b) => a.index - b.index)) {
    indexes.add(String(element.index));
    const path = `declarationElements.${element.index}`;
    const value = answerOf(answers, element.index);
    const about = { name: element.name, field: String(element.index) };
    if (value === '') {
      if (element.required) problems.push({ path, code: 'declaration_element_required', params: about });
    } else if (/[|\r\n]/.test(value)) {
      problems.push({ path, code: 'declaration_element_separator', params: about });
    } else if (element.choices && !element.choices.some((choice) => choice.code === value)) {
      problems.push({ path, code: 'declaration_element_choice', params: { ...about, options: element.choices.map((choice) => `${choice.code} ${choice.name}`) } });
    } else if (value.length > DECLARATION_POLICY.answerMax) {
      problems.push({ path, code: 'declaration_element_too_long', params: { ...about, max: DECLARATION_POLICY.answerMax, count: value.length } });
    }
  }
  for (const [key, value] of Object.entries(answers)) {
    if (!indexes.has(key) && (value ?? '').trim() !== '') {
      problems.push({ path: `declarationElements.${key}`, code: 'declaration_element_unknown', params: { field: key, max: hsCode.elements.length - 1 } });
    }
  }
  if (problems.length === 0) {
    const length = declaredSpecification(hsCode, answers).length;
    if (length > DECLARATION_POLICY.specificationMax) {
      problems.push({ path: 'declarationElements', code: 'declared_specification_too_long', params: { max: DECLARATION_POLICY.specificationMax, count: length } });
    }
  }
  return problems;
}
