// Writes a product sheet of N rows in the upload template's layout (zh-CN headers), as ExcelJS's streaming writer
// makes one: varied SKUs, names, categories, units and countries, and one row in a hundred with a mistake.
import ExcelJS from 'exceljs';
import { headerText, PRODUCT_COLUMNS } from '@wharf/domain/imports';

const CATEGORIES = ['化妆品及护肤品', '母婴用品', '保健食品及膳食补充剂', '食品', '手机及配件', '服装'];
const UNITS = ['007 个', '011 件', '035 千克', '006 套'];
const COUNTRIES = ['KR 韩国', 'JP 日本', 'AU 澳大利亚', 'US 美国', 'DE 德国', 'NZ 新西兰'];

export async function generateProductSheet(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('产品');
  sheet.addRow(PRODUCT_COLUMNS.map((column) => headerText(column, 'zh-CN'))).commit();
  for (let i = 0; i < rows; i++) {
    const purchase = 10 + (i % 400) / 4;
    const mistake = i % 100 === 99;
    sheet
      .addRow([
        `BENCH-${i.toString(36).toUpperCase().padStart(6, '0')}`,
        `${['玻尿酸保湿面霜', '婴儿纸尿裤 L 号', '深海鱼油软胶囊', '抹茶粉', '手机壳', '纯棉T恤'][i % 6]} ${i}`,
        mistake ? '衣服' : CATEGORIES[i % CATEGORIES.length],
        ['Harbour', 'Pier', 'Quay'][i % 3],
        `${50 + (i % 10) * 10}ml`,
        UNITS[i % UNITS.length],
        COUNTRIES[i % COUNTRIES.length],
        '6901234567892',
        0.12 + (i % 7) / 100,
        0.05 + (i % 5) / 100,
        purchase,
        mistake ? purchase - 1 : purchase * 2,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
