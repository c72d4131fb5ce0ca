import { codeTest, entries } from './entries.ts';

/**
 * ISO 4217 currencies common in cross-border trade with China: declared values, purchase invoices, price lists.
 * Every enterprise trading currency (common/money.ts `CURRENCIES`) is among them.
 */
export const TRADE_CURRENCIES = entries([
  ['CNY', '人民币', '人民幣', 'Chinese Yuan'],
  ['HKD', '港元', '港元', 'Hong Kong Dollar'],
  ['MOP', '澳门元', '澳門元', 'Macanese Pataca'],
  ['TWD', '新台币', '新台幣', 'New Taiwan Dollar'],
  ['USD', '美元', '美元', 'US Dollar'],
  ['EUR', '欧元', '歐元', 'Euro'],
  ['GBP', '英镑', '英鎊', 'British Pound'],
  ['JPY', '日元', '日圓', 'Japanese Yen'],
  ['KRW', '韩元', '韓元', 'South Korean Won'],
  ['SGD', '新加坡元', '新加坡元', 'Singapore Dollar'],
  ['AUD', '澳大利亚元', '澳元', 'Australian Dollar'],
  ['NZD', '新西兰元', '紐西蘭元', 'New Zealand Dollar'],
  ['CAD', '加拿大元', '加拿大元', 'Canadian Dollar'],
  ['CHF', '瑞士法郎', '瑞士法郎', 'Swiss Franc'],
  ['SEK', '瑞典克朗', '瑞典克朗', 'Swedish Krona'],
  ['NOK', '挪威克朗', '挪威克朗', 'Norwegian Krone'],
  ['DKK', '丹麦克朗', '丹麥克朗', 'Danish Krone'],
  ['RUB', '俄罗斯卢布', '俄羅斯盧布', 'Russian Ruble'],
  ['THB', '泰铢', '泰銖', 'Thai Baht'],
  ['MYR', '马来西亚林吉特', '馬來西亞令吉', 'Malaysian Ringgit'],
  ['IDR', '印度尼西亚卢比', '印尼盾', 'Indonesian Rupiah'],
  ['PHP', '菲律宾比索', '菲律賓披索', 'Philippine Peso'],
  ['VND', '越南盾', '越南盾', 'Vietnamese Dong'],
  ['INR', '印度卢比', '印度盧比', 'Indian Rupee'],
  ['PKR', '巴基斯坦卢比', '巴基斯坦盧比', 'Pakistani Rupee'],
  ['AED', '阿联酋迪拉姆', '阿拉伯聯合酋長國迪爾汗', 'United Arab Emirates Dirham'],
  ['SAR', '沙特里亚尔', '沙特阿拉伯里亞爾', 'Saudi Riyal'],
  ['QAR', '卡塔尔里亚尔', '卡塔爾里亞爾', 'Qatari Riyal'],
  ['KWD', '科威特第纳尔', '科威特第納爾', 'Kuwaiti Dinar'],
  ['ILS', '以色列新谢克尔', '以色列新謝克爾', 'Israeli New Shekel'],
  ['TRY', '土耳其里拉', '土耳其里拉', 'Turkish Lira'],
  ['BRL', '巴西雷亚尔', '巴西雷亞爾', 'Brazilian Real'],
  ['MXN', '墨西哥比索', '墨西哥披索', 'Mexican Peso'],
  ['CLP', '智利比索', '智利披索', 'Chilean Peso'],
  ['ZAR', '南非兰特', '南非蘭特', 'South African Rand'],
  ['EGP', '埃及镑', '埃及鎊', 'Egyptian Pound'],
  ['PLN', '波兰兹罗提', '波蘭茲羅提', 'Polish Zloty'],
  ['CZK', '捷克克朗', '捷克克朗', 'Czech Koruna'],
  ['HUF', '匈牙利福林', '匈牙利福林', 'Hungarian Forint'],
  ['KZT', '哈萨克斯坦坚戈', '哈薩克坦吉', 'Kazakhstani Tenge'],
]);
export type TradeCurrency = (typeof TRADE_CURRENCIES)[number];

/** Whether `value` is one of the listed ISO 4217 codes (upper case), e.g. `HKD`. */
export const isCurrencyCode = codeTest(TRADE_CURRENCIES);
