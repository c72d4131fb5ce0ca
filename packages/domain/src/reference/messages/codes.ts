import type { MessageParams } from '../../common/messages/params.ts';

/**
 * Refusals about reference data (PRODUCT §3.5): a product's declaration elements, and HS-code catalogue files being
 * imported; their messages live in reference/messages/.
 */
export const REFERENCE_FIELD_CODES = [
  'declaration_element_required',
  'declaration_element_choice',
  'declaration_element_separator',
  'declaration_element_too_long',
  'declaration_element_unknown',
  'declared_specification_too_long',
  'declaration_element_list',
  'csv_header',
  'csv_columns',
  'csv_quote',
] as const;
export type ReferenceFieldCode = (typeof REFERENCE_FIELD_CODES)[number];
/** Messages about reference data and declaration elements, kept apart so that account forms do not carry them. */
export interface ReferenceMessages {
  field: Record<ReferenceFieldCode, (p: MessageParams) => string>;
  labels: {
    /** 品牌类型 answers, for people who do not read the catalogue's Chinese. */
    brandTypes: Record<'0' | '1' | '2' | '3' | '4', string>;
    /** 出口享惠情况 answers. */
    preferentialStatus: Record<'0' | '1' | '2', string>;
  };
}

