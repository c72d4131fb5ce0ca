// The declaration-elements upload (PRODUCT §3.7, seed 002 海关申报要素上传): one sheet per HS code, a row per product
// (its SKU, then one column per element of that code, in order). Rows that pass send their products for filing.
import type { Locale } from '../common/locale.ts';
import { referenceMessagesFor } from '../reference/messages/index.ts';
import { checkDeclarationElements, DECLARATION_POLICY, type DeclarationElement } from '../reference/declaration-elements.ts';
import { skuKey } from '../products/rules.ts';
import { Sku } from '../products/schemas.ts';
import { optionIndex, textOf } from './cells.ts';
import { schemaProblems } from './products-sheet.ts';
import type { CellProblem, SheetColumn, SheetDefinition, SheetOption } from './sheet.ts';

export interface DeclarationRowValue {
  sku: string;
  declarationElements: Record<string, string>;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'zh-HK', 'en'];

/** A coded element's choices, labelled in each language where Wharf has a translation (`4 境外品牌（其他）`). */
function choiceOptions(element: DeclarationElement): SheetOption[] {
  return (element.choices ?? []).map((choice) => {
    const label = {} as Record<Locale, string>;
    for (const locale of LOCALES) {
      const labels = referenceMessagesFor(locale).labels;
      const translated = element.name.startsWith('品牌类型')
        ? labels.brandTypes[choice.code as keyof typeof labels.brandTypes]
        : labels.preferentialStatus[choice.code as keyof typeof labels.preferentialStatus];
      label[locale] = `${choice.code} ${translated ?? choice.name}`;
    }
    return { code: choice.code, label };
  });
}

const elementHelp = (element: DeclarationElement, options: readonly SheetOption[]) => {
  const choices = (locale: Locale) => options.map((option) => option.label[locale]).join('；');
  if (options.length) {
    return {
      'zh-CN': `从下拉列表中选择，或填写代码：${choices('zh-CN')}。`,
      'zh-HK': `從下拉清單中選擇，或填寫代碼：${choices('zh-HK')}。`,
      en: `Choose from the drop-down list, or write the code: ${choices('en')}.`,
    };
  }
  const optional = !element.required;
  return {
    'zh-CN': `${optional ? '选填' : '必填'}：如实填写“${element.name}”，不能包含“|”，最多 ${DECLARATION_POLICY.answerMax} 个字符。`,
    'zh-HK': `${optional ? '選填' : '必填'}：如實填寫「${element.name}」，不能包含「|」，最多 ${DECLARATION_POLICY.answerMax} 個字元。`,
    en: `${optional ? 'Optional' : 'Required'}: answer “${element.name}” truthfully, without “|”, up to ${DECLARATION_POLICY.answerMax} characters.`,
  };
};

/** The sheet for one HS code: SKU, then its elements as `0:品牌类型` … in the code's order. */
export function declarationSheet(hsCode: { code: string; elements: readonly DeclarationElement[] }): SheetDefinition<DeclarationRowValue> {
  const elements = [...hsCode.elements].sort((a, b) => a.index - b.index);
  const finders = new Map<number, (text: string) => string | undefined>();
  const columns: SheetColumn[] = [
    {
      key: 'sku',
      required: true,
      header: { 'zh-CN': 'SKU', 'zh-HK': 'SKU', en: 'SKU' },
      help: {
        'zh-CN': '已创建产品的 SKU（草稿或已驳回的普通产品）。',
        'zh-HK': '已建立產品的 SKU（草稿或已駁回的普通產品）。',
        en: 'The SKU of a product you created (a normal product in draft or rejected).',
      },
      format: 'text',
      width: 16,
    },
  ];
  for (const element of elements) {
    const options = choiceOptions(element);
    if (options.length) finders.set(element.index, optionIndex(options));
    const name = `${element.index}:${element.name}`;
    columns.push({
      key: `declarationElements.${element.index}`,
      required: element.required,
      header: { 'zh-CN': name, 'zh-HK': name, en: name },
      help: elementHelp(element, options),
      ...(options.length ? { options } : {}),
      format: 'text',
      width: Math.min(40, Math.max(14, name.length * 2)),
    });
  }
  return {
    kind: 'declarations',
    title: { 'zh-CN': hsCode.code, 'zh-HK': hsCode.code, en: hsCode.code },
    columns,
    uniqueKey: 'sku',
    readRow(cells) {
      const problems: CellProblem[] = [];
      const sku = Sku.safeParse(textOf(cells, 'sku'), { reportInput: true });
      problems.push(...schemaProblems(sku, []).map((problem) => ({ ...problem, key: 'sku' })));
      const answers: Record<string, string> = {};
      for (const element of elements) {
        const text = textOf(cells, `declarationElements.${element.index}`);
        if (text === undefined) continue;
        answers[String(element.index)] = finders.get(element.index)?.(text) ?? text;
      }
      for (const problem of checkDeclarationElements({ elements }, answers)) {
        problems.push({ key: problem.path, code: problem.code, params: problem.params });
      }
      const value = sku.success && problems.length === 0 ? { sku: sku.data, declarationElements: answers } : undefined;
      return { value, key: sku.success ? skuKey(sku.data) : undefined, problems };
    },
  };
}
