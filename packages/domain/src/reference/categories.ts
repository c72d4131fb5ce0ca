import { codeTest, entries } from './entries.ts';

/**
 * What a product is, for lists, filters and the batch-upload template's drop-down: the groups cross-border retail
 * (跨境电商零售) sells through bonded warehouses. Codes are stable and stored on products; names are for people.
 */
export const PRODUCT_CATEGORIES = entries([
  ['cosmetics', '化妆品及护肤品', '化妝品及護膚品', 'Cosmetics and skin care'],
  ['fragrance', '香水', '香水', 'Perfume and fragrance'],
  ['personal-care', '个人护理', '個人護理', 'Personal care'],
  ['infant-formula', '婴幼儿配方奶粉', '嬰幼兒配方奶粉', 'Infant formula'],
  ['baby-care', '母婴用品', '母嬰用品', 'Baby care'],
  ['diapers', '纸尿裤及卫生用品', '紙尿褲及衞生用品', 'Diapers and hygiene products'],
  ['supplements', '保健食品及膳食补充剂', '保健食品及營養補充品', 'Health supplements'],
  ['dairy', '乳制品', '乳製品', 'Dairy'],
  ['food', '食品', '食品', 'Food and snacks'],
  ['beverages', '饮料及咖啡茶叶', '飲品及咖啡茶葉', 'Beverages, coffee and tea'],
  ['wine-spirits', '酒类', '酒類', 'Wine, beer and spirits'],
  ['phones', '手机及配件', '手機及配件', 'Phones and accessories'],
  ['computers', '电脑及配件', '電腦及配件', 'Computers and accessories'],
  ['electronics', '消费电子', '消費電子產品', 'Consumer electronics'],
  ['home-appliances', '家用电器', '家用電器', 'Home appliances'],
  ['apparel', '服装', '服裝', 'Apparel'],
  ['footwear', '鞋靴', '鞋履', 'Footwear'],
  ['bags', '箱包', '手袋及箱包', 'Bags and luggage'],
  ['watches', '钟表', '鐘錶', 'Watches'],
  ['jewellery', '珠宝首饰', '珠寶首飾', 'Jewellery'],
  ['toys', '玩具', '玩具', 'Toys and games'],
  ['sports-outdoors', '运动户外', '運動及戶外', 'Sports and outdoors'],
  ['household', '家居日用', '家居用品', 'Household goods'],
  ['kitchenware', '厨具餐具', '廚具及餐具', 'Kitchenware and tableware'],
  ['pet-supplies', '宠物用品', '寵物用品', 'Pet supplies'],
  ['stationery', '文具办公', '文具及辦公用品', 'Stationery and office'],
  ['other', '其他', '其他', 'Other'],
]);
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** Whether `value` is one of the product category codes, e.g. `cosmetics`. */
export const isCategoryCode = codeTest(PRODUCT_CATEGORIES);
