import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { registerUser } from '../../testing/accounts.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { importHsCodes } from './import.ts';

const HEADER = 'code,name,unit,second_unit,supervision,elements';
const GREEN_TEA = '0902109000,每件净重不超过3千克的其他绿茶,035,,AB,0:品牌类型;1:出口享惠情况;2:加工方法;3:包装规格;4:品牌（中文或外文名称）;5:GTIN;6:CAS;7:其他;';

// PRODUCT §3.5: `wharf hs-codes import <file>` loads the official catalogue: every row checked first, nothing
// imported if any is wrong (each problem at its line and column), then one transaction.
describe('HS-code catalogue import', () => {
  let server: TestServer;
  let token: string;
  let dir: string;
  let files = 0;
  before(async () => {
    server = await startTestServer();
    token = (await registerUser(server)).token;
    dir = await mkdtemp(join(tmpdir(), 'wharf-hs-codes-'));
  });
  after(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const csv = async (text: string) => {
    const file = join(dir, `catalogue-${files++}.csv`);
    await writeFile(file, text, 'utf8');
    return file;
  };
  const run = (file: string, options: Parameters<typeof importHsCodes>[2] = {}) => importHsCodes(server.app.services.db, file, options);
  const get = async (code: string) => server.call('GET', `/v1/hs-codes/${code}`, { token });

  test('a valid file: BOM, CRLF, quoted values with commas, quotes and line breaks, units without their leading zero', async () => {
    const file = await csv(
      '\uFEFF' +
        [
          HEADER,
          GREEN_TEA,
          '9004100000,"太阳镜,不论是否""偏光""",19,35,,"0:品牌类型;1:出口享惠情况;2:用途;3:镜片材质;4:品牌（中文或外文名称）;5:型号;6:GTIN;7:CAS;8:其他"',
          '',
          '6402999000,"其他橡胶、塑料鞋靴",035,025,A,"0:品牌类型;1:出口享惠情况;2:款式(是否过踝;是否包头);',
          '3:鞋面材料;4:鞋底材料;5:品牌（中文或外文名称）;6:货号;7:GTIN;8:CAS;9:其他;"',
        ].join('\r\n') +
        '\r\n',
    );
    const result = await run(file);
    assert.deepEqual(result, { ok: true, rows: 3, inserted: 3, updated: 0, unchanged: 0, errors: [], moreErrors: 0 });

    const sunglasses = await get('9004100000');
    assert.equal(sunglasses.status, 200, JSON.stringify(sunglasses.body));
    assert.equal(sunglasses.body.name, '太阳镜,不论是否"偏光"');
    assert.deepEqual([sunglasses.body.unit, sunglasses.body.secondUnit, sunglasses.body.supervision], ['019', '035', '']);
    assert.equal(sunglasses.body.elements.length, 9);
    const shoes = (await get('6402999000')).body;
    assert.equal(shoes.elements[2].name, '款式(是否过踝;是否包头)', 'a quoted value may run over lines; the break falls between elements');
    assert.equal(shoes.elements.length, 10);

    const found = await server.call('GET', `/v1/hs-codes?q=${encodeURIComponent('绿茶')}`, { token });
    assert.deepEqual(found.body.data.map((hs: { code: string }) => hs.code), ['0902109000'], 'imported names are searchable at once');
  });

  test('importing again updates what changed, counts what did not, and keeps codes the file leaves out', async () => {
    const before = (await get('3304990099')).body;
    const file = await csv(
      [
        HEADER,
        GREEN_TEA,
        '3304990099,其他包装标注规格的其他美容品或化妆品及护肤品,035,011,AB,0:品牌类型;1:出口享惠情况;2:用途;3:包装规格;4:品牌（中文或外文名称）;5:型号;6:GTIN;7:CAS;8:其他;',
      ].join('\n'),
    );
    const result = await run(file);
    assert.deepEqual(result, { ok: true, rows: 2, inserted: 0, updated: 1, unchanged: 1, errors: [], moreErrors: 0 });
    const after = (await get('3304990099')).body;
    assert.deepEqual(
      after.elements.map((element: { name: string }) => element.name),
      ['品牌类型', '出口享惠情况', '用途', '包装规格', '品牌（中文或外文名称）', '型号', 'GTIN', 'CAS', '其他'],
    );
    assert.equal(before.elements.length, 8);
    assert.equal((await get('8517130000')).status, 200, 'a sample code the file does not list stays');
  });

  test('a bad row refuses the whole file, naming each problem’s line and column; nothing changes', async () => {
    const file = await csv(
      [
        HEADER,
        '8888888801,一个新编码,035,,,0:品牌类型;1:出口享惠情况;2:用途;',
        '3304990099,改了名字,035,011,AB,0:品牌类型;1:出口享惠情况;2:用途;',
        '8888888803,单位错了,kg,036,,0:品牌类型;1:出口享惠情况;',
        '888888880,少一位,035,,,0:品牌类型;',
        '8888888805,要素错了,035,,,0:品牌类型;2:用途;',
        '8888888806,多了一列,035,,,0:品牌类型;,extra',
        '8888888801,重复,035,,,0:品牌类型;',
        '8888888808,,035,999,A-B,0:品牌类型;',
      ].join('\n'),
    );
    const result = await run(file);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map(({ line, column, code }) => [line, column, code]),
      [
        [4, 'unit', 'unit_unknown'],
        [5, 'code', 'hs_code_format'],
        [6, 'elements', 'declaration_element_list'],
        [7, null, 'csv_columns'],
        [8, 'code', 'duplicate'],
        [9, 'name', 'required'],
        [9, 'second_unit', 'unit_unknown'],
        [9, 'supervision', 'invalid_format'],
      ],
    );
    assert.equal(result.errors[2]!.message, 'Number the elements from 0 without gaps: “2:用途” should be number 1.');
    assert.equal(result.errors[3]!.message, 'This line has 7 values where the header has 6. Put a value that contains a comma inside double quotes.');
    assert.deepEqual([result.inserted, result.updated, result.moreErrors], [0, 0, 0]);
    assert.equal((await get('8888888801')).status, 404, 'the good rows were not imported either');
    assert.equal((await get('3304990099')).body.name, '其他包装标注规格的其他美容品或化妆品及护肤品');

    const zh = await run(file, { locale: 'zh-CN', maxErrors: 2 });
    assert.deepEqual(zh.errors.map((error) => error.message), ['请从列表中选择海关计量单位，例如 007（个）或 035（千克）。', '请输入 10 位海关编码：8 位税则号加 2 位附加码，例如 3304990099。']);
    assert.equal(zh.moreErrors, 6);
  });

  test('the header names the six columns, in any order; anything else is refused at line 1', async () => {
    const reordered = await csv(['elements,code,unit,second_unit,supervision,name', '"0:品牌类型;1:出口享惠情况;",2106909090,035,,AB,其他编号未列名的食品'].join('\n'));
    assert.deepEqual(await run(reordered), { ok: true, rows: 1, inserted: 0, updated: 1, unchanged: 0, errors: [], moreErrors: 0 });

    const header = async (text: string) => (await run(await csv(text))).errors.map(({ line, column, code, message }) => [line, column, code, message]);
    assert.deepEqual(await header('code,name,unit,second unit,supervision,elements\n'), [
      [1, null, 'csv_header', '“second unit” is not a column of the catalogue file. The first line names the columns: code,name,unit,second_unit,supervision,elements.'],
      [1, null, 'csv_header', 'The header has no “second_unit” column. The first line names the columns: code,name,unit,second_unit,supervision,elements.'],
    ]);
    assert.deepEqual((await header('code,name,unit,second_unit,supervision,elements,code\n')).map((error) => error[2]), ['csv_header']);
    assert.deepEqual(await header(''), [[1, null, 'csv_header', 'The file is empty. Its first line names the columns: code,name,unit,second_unit,supervision,elements.']]);
    assert.deepEqual((await header(`${HEADER}\n2106909090,"不完整,035,,,0:品牌类型;\n`)).map((error) => error.slice(0, 3)), [[2, 'name', 'csv_quote']]);
  });

  test('the wharf CLI imports a file, and refuses a bad one with its problems and exit code 1', async () => {
    const cli = fileURLToPath(new URL('../../cli.ts', import.meta.url));
    const dataDir = join(dir, 'pglite');
    const env = { ...process.env, WHARF_DATA_DIR: dataDir, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const wharf = (...args: string[]) =>
      promisify(execFile)(process.execPath, [cli, ...args], { env, timeout: 60_000 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );
    const good = await wharf('hs-codes', 'import', await csv([HEADER, GREEN_TEA].join('\n')));
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /Imported 1 HS code from .*: 1 new, 0 changed, 0 unchanged\./);
    const bad = await wharf('hs-codes', 'import', await csv([HEADER, '0902109000,绿茶,kg,,,0:品牌类型;'].join('\n')));
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /1 problem; nothing was imported\.\n {2}line 2, column unit: Choose a customs unit/);
    const missing = await wharf('hs-codes', 'import', join(dir, 'no-such-file.csv'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read .*no-such-file\.csv: no such file\./);
    const usage = await wharf('help');
    assert.match(usage.stdout, /wharf hs-codes import <file> +import the HS-code catalogue from a UTF-8 CSV file with the header\n +code,name,unit,second_unit,supervision,elements/);
  });
});
