import type { MessageParams } from '../../common/messages/params.ts';
import type { ReferenceMessages } from './codes.ts';

const list = (options: readonly string[] = []) => options.join('; ');
const element = (p: MessageParams) => (p.name ? `“${p.name}” (element ${p.field})` : `Element ${p.field}`);

/** What is wrong with a catalogue file's element list, by the reason the parser gave (in `field`). */
function elementList(p: MessageParams): string {
  const example = 'e.g. 0:品牌类型;1:出口享惠情况;2:用途;3:品牌;4:型号;5:GTIN;6:CAS;';
  switch (p.field) {
    case 'empty':
      return `List the code’s declaration elements, ${example}`;
    case 'order':
      return `Number the elements from 0 without gaps: “${p.name}” should be number ${p.count}.`;
    case 'name':
      return `“${p.name}”: an element’s name closes every bracket it opens, contains no “|” or line break, and has at most 100 characters.`;
    case 'too_many':
      return `A code has at most ${p.max} declaration elements.`;
    default:
      return `“${p.name}” is not an element: write each as its number, a colon and its name, separated by “;”, ${example}`;
  }
}

/** What is wrong with a catalogue file's header line (the problem in `status`, the column in `name`). */
function header(p: MessageParams): string {
  const columns = list(p.options).replaceAll('; ', ',');
  switch (p.status) {
    case 'missing':
      return `The header has no “${p.name}” column. The first line names the columns: ${columns}.`;
    case 'repeated':
      return `The header names “${p.name}” twice. The first line names each column once: ${columns}.`;
    case 'unknown':
      return `“${p.name}” is not a column of the catalogue file. The first line names the columns: ${columns}.`;
    default:
      return `The file is empty. Its first line names the columns: ${columns}.`;
  }
}

export const referenceEn: ReferenceMessages = {
  field: {
    declaration_element_required: (p) => `Answer ${element(p)}: this HS code requires it.`,
    declaration_element_choice: (p) => `Answer ${element(p)} with one of its codes: ${list(p.options)}.`,
    declaration_element_separator: (p) => `${element(p)} cannot contain “|” or a line break: “|” separates the answers in the declared specification.`,
    declaration_element_too_long: (p) => `Shorten ${element(p)} to at most ${p.max} characters (it has ${p.count}).`,
    declaration_element_unknown: (p) =>
      `This HS code has no element ${p.field}: its elements are numbered 0 to ${p.max}. Check the HS code, or remove this answer.`,
    declared_specification_too_long: (p) =>
      `The answers joined together (the declared specification) come to ${p.count} characters; customs accepts at most ${p.max}. Shorten the longest answers.`,
    declaration_element_list: elementList,
    csv_header: header,
    csv_columns: (p) => `This line has ${p.count} values where the header has ${p.max}. Put a value that contains a comma inside double quotes.`,
    csv_quote: () => 'A value opened with a double quote is never closed. Close it, and write a quote inside a value as two quotes ("").',
  },
  labels: {
    brandTypes: {
      '0': 'No brand',
      '1': 'Domestic own brand',
      '2': 'Domestic acquired brand',
      '3': 'Foreign brand (contract manufacturing)',
      '4': 'Foreign brand (other)',
    },
    preferentialStatus: {
      '0': 'No preferential tariff at the final destination',
      '1': 'Preferential tariff at the final destination',
      '2': 'Not known at export whether a preferential tariff applies',
    },
  },
};
