import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES } from '../common/locale.ts';
import { fieldMessage } from '../messages/index.ts';
import { fieldMessage as productFormMessage } from '../products/messages/index.ts';
import { REFERENCE_FIELD_CODES } from './messages/codes.ts';
import { referenceMessagesFor } from './messages/index.ts';
import {
  BRAND_TYPE_CHOICES,
  checkDeclarationElements,
  DECLARATION_POLICY,
  declaredSpecification,
  ElementListError,
  formatElementList,
  parseElementList,
  PREFERENTIAL_STATUS_CHOICES,
} from './declaration-elements.ts';

// PRODUCT §3.5: an HS code's ordered, 0-indexed elements; coded ones offer their codes; answers joined with `|`
// into the declared specification (规格型号), at most 510 characters.
const SEED_LIST = '0:品牌类型;1:出口享惠情况;2:用途;3:品牌;4:型号;5:GTIN;6:CAS;';
const cream = { elements: parseElementList(SEED_LIST) };
const good = { '0': '4', '1': '0', '2': '护肤', '3': 'Harbour', '4': '50ml' };

describe('parseElementList', () => {
  test('reads the catalogue notation in order, with the two coded elements and GTIN/CAS optional', () => {
    assert.deepEqual(cream.elements, [
      { index: 0, name: '品牌类型', required: true, choices: [...BRAND_TYPE_CHOICES] },
      { index: 1, name: '出口享惠情况', required: true, choices: [...PREFERENTIAL_STATUS_CHOICES] },
      { index: 2, name: '用途', required: true },
      { index: 3, name: '品牌', required: true },
      { index: 4, name: '型号', required: true },
      { index: 5, name: 'GTIN', required: false },
      { index: 6, name: 'CAS', required: false },
    ]);
    assert.deepEqual(
      BRAND_TYPE_CHOICES.map((choice) => `${choice.code} ${choice.name}`),
      ['0 无品牌', '1 境内自主品牌', '2 境内收购品牌', '3 境外品牌(贴牌生产)', '4 境外品牌(其他)'],
    );
    assert.deepEqual(PREFERENTIAL_STATUS_CHOICES.map((choice) => choice.code), ['0', '1', '2']);
    assert.equal(formatElementList(cream.elements), SEED_LIST, 'and writes it back the same way');
  });

  test('tolerates what catalogue copies print: no trailing “;”, full-width separators, “|”, spaces; 其他 and 非必报 items are optional', () => {
    const names = (text: string) => parseElementList(text).map((element) => [element.name, element.required]);
    assert.deepEqual(names('0:品牌类型；1：出口享惠情况; 2 : 成分含量 ;3:其他'), [
      ['品牌类型', true],
      ['出口享惠情况', true],
      ['成分含量', true],
      ['其他', false],
    ]);
    assert.deepEqual(names('0:品牌类型|1:出口享惠情况|2:用途|3:其他（非必报项）'), [
      ['品牌类型', true],
      ['出口享惠情况', true],
      ['用途', true],
      ['其他（非必报项）', false],
    ]);
    assert.deepEqual(parseElementList('0:品牌类型（中文或外文名称）')[0]!.choices?.length, 5, 'recognised by how the name begins');
    assert.deepEqual(
      parseElementList('0:品牌类型;1:出口享惠情况;2:成分含量;3:用途(供婴幼儿食用;适用的年龄阶段);4:包装规格;').map((element) => element.name),
      ['品牌类型', '出口享惠情况', '成分含量', '用途(供婴幼儿食用;适用的年龄阶段)', '包装规格'],
      'a separator inside brackets belongs to the name',
    );
  });

  test('refuses a list it cannot read, saying which entry and why', () => {
    const reason = (text: string) => {
      try {
        parseElementList(text);
        return 'parsed';
      } catch (error) {
        assert.ok(error instanceof ElementListError);
        return `${error.reason}@${error.entry}:${error.text}`;
      }
    };
    assert.equal(reason(''), 'empty@0:');
    assert.equal(reason(' ; '), 'empty@0:;');
    assert.equal(reason('0:品牌类型;2:用途;'), 'order@1:2:用途');
    assert.equal(reason('1:品牌类型;'), 'order@0:1:品牌类型');
    assert.equal(reason('0:品牌类型;用途;'), 'entry@1:用途');
    assert.equal(reason('0:品牌类型;;2:用途'), 'entry@1:');
    assert.equal(reason('0:'), 'entry@0:0:');
    assert.equal(reason(`0:${'长'.repeat(101)}`), `name@0:0:${'长'.repeat(101)}`);
    assert.equal(reason('0:品牌类型;1:用途\n说明'), 'name@1:1:用途\n说明');
    assert.equal(reason('0:品牌类型;1:用途(未闭合;2:品牌'), 'name@1:1:用途(未闭合;2:品牌', 'an unclosed bracket would swallow what follows');
    const many = Array.from({ length: DECLARATION_POLICY.elementsMax + 1 }, (_, i) => `${i}:要素${i}`).join(';');
    assert.equal(reason(many), `too_many@50:50:要素50`);
  });
});

describe('checkDeclarationElements', () => {
  test('complete answers pass; their declared specification joins them with | in element order, optional ones left empty', () => {
    assert.deepEqual(checkDeclarationElements(cream, good), []);
    assert.equal(declaredSpecification(cream, good), '4|0|护肤|Harbour|50ml||');
    assert.equal(declaredSpecification(cream, { ...good, '6': ' 9004-65-3 ', '5': '6901234567892' }), '4|0|护肤|Harbour|50ml|6901234567892|9004-65-3');
    assert.deepEqual(checkDeclarationElements(cream, { ...good, '5': '' }), [], 'an optional element may be blank');
  });

  test('each problem at declarationElements.<index>, in element order: missing, not a coded choice, with a |, too long', () => {
    const problems = checkDeclarationElements(cream, {
      '0': '5',
      '1': '',
      '2': '护肤|美白',
      '3': 'x'.repeat(DECLARATION_POLICY.answerMax + 1),
      '4': '   ',
    });
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.code]),
      [
        ['declarationElements.0', 'declaration_element_choice'],
        ['declarationElements.1', 'declaration_element_required'],
        ['declarationElements.2', 'declaration_element_separator'],
        ['declarationElements.3', 'declaration_element_too_long'],
        ['declarationElements.4', 'declaration_element_required'],
      ],
    );
    assert.deepEqual(problems[0]!.params, {
      name: '品牌类型',
      field: '0',
      options: ['0 无品牌', '1 境内自主品牌', '2 境内收购品牌', '3 境外品牌(贴牌生产)', '4 境外品牌(其他)'],
    });
    assert.deepEqual(problems[3]!.params, { name: '品牌', field: '3', max: 255, count: 256 });
    assert.equal(checkDeclarationElements(cream, { ...good, '2': '护肤\n美白' })[0]?.code, 'declaration_element_separator', 'a line break too');
    assert.equal(checkDeclarationElements(cream, { ...good, '0': '境外品牌(其他)' })[0]?.code, 'declaration_element_choice', 'the code, not its name');
  });

  test('an answer to an element the code does not have is refused, unless it is blank', () => {
    assert.deepEqual(checkDeclarationElements(cream, { ...good, '7': 'extra', '9': ' ' }), [
      { path: 'declarationElements.7', code: 'declaration_element_unknown', params: { field: '7', max: 6 } },
    ]);
  });

  test('the declared specification is at most 510 characters, separators included', () => {
    const long = { elements: parseElementList('0:品牌类型;1:出口享惠情况;2:成分含量;3:用途;4:品牌;') };
    const answers = (extra: number) => ({ '0': '1', '1': '2', '2': 'a'.repeat(250), '3': 'b'.repeat(250), '4': 'c'.repeat(extra) });
    // 1 + 1 + 250 + 250 + extra answers and 4 separators.
    assert.equal(declaredSpecification(long, answers(4)).length, 510);
    assert.deepEqual(checkDeclarationElements(long, answers(4)), []);
    assert.deepEqual(checkDeclarationElements(long, answers(5)), [
      { path: 'declarationElements', code: 'declared_specification_too_long', params: { max: 510, count: 511 } },
    ]);
    assert.equal(DECLARATION_POLICY.specificationMax, 510);
  });
});

describe('reference messages', () => {
  test('every code has a message in every locale, through the product forms’ lookup as through the server’s', () => {
    const params = { name: '用途', field: '2', options: ['0 无品牌', '1 境内自主品牌'], max: 6, count: 7, status: 'missing' };
    for (const locale of LOCALES) {
      for (const code of REFERENCE_FIELD_CODES) {
        const message = productFormMessage(locale, code, params);
        assert.ok(message.length > 10 && !message.includes('undefined'), `${locale} ${code}: ${message}`);
        assert.equal(fieldMessage(locale, code, params), message);
      }
      for (const reason of ['empty', 'entry', 'order', 'name', 'too_many']) {
        assert.doesNotMatch(fieldMessage(locale, 'declaration_element_list', { ...params, field: reason }), /undefined/);
      }
      assert.deepEqual(Object.keys(referenceMessagesFor(locale).labels.brandTypes), ['0', '1', '2', '3', '4']);
    }
    assert.equal(
      fieldMessage('zh-CN', 'declaration_element_choice', { name: '品牌类型', field: '0', options: ['0 无品牌', '4 境外品牌(其他)'] }),
      '“品牌类型”（第 0 项）请填写以下代码之一：0 无品牌；4 境外品牌(其他)。',
    );
    assert.match(fieldMessage('en', 'declaration_element_required', { name: '用途', field: '2' }), /^Answer “用途” \(element 2\)/);
  });
});
