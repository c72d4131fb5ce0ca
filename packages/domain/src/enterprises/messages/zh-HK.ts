import type { EnterpriseMessages } from './codes.ts';

export const enterpriseZhHK: EnterpriseMessages = {
  field: {
    account_number_format: () => '請輸入月結賬單上的月結帳號：6 至 20 位字母或數字，例如 WH00000042。',
    account_number_unknown: () => '沒有此號碼的月結帳號。請對照月結賬單核對，或改為建立新企業。',
    already_member: () => '您已是該企業的成員。',
    join_pending: () => '您已申請加入該企業，需由企業管理員在平台內審核通過。',
    registration_number_taken: () => '該登記號碼的企業已在 Wharf 上。請改用其月結帳號加入。',
    read_only: () => '基本資料註冊後不能修改。如需更正，請聯絡服務商。',
    currency_locked: () => '已產生費用後，交易幣種不能再修改。',
    currency_not_set: () => '請先設定企業的交易幣種，再記錄帳戶金額。',
    pin_format: () => '請輸入 6 位數字安全碼。',
    pin_too_simple: () => '安全碼不能是同一數字重複或 123456 這類連續數字。',
    pin_required: () => '該企業設定了安全碼，請向管理員索取（月結設定 → 安全設定）。',
    pin_wrong: (p) => (p.remaining ? `安全碼不正確，還可嘗試 ${p.remaining} 次。` : '安全碼不正確。'),
    pin_blocked: (p) => `安全碼錯誤次數過多，在 ${p.until} 之前不能再輸入。`,
    phone_format: () => '請輸入電話號碼：數字，可含空格、橫線或括號，國家區號前加 +，例如 +852 2730 0273。',
    amount_format: () => '請輸入金額，例如 1250.00。',
    amount_not_positive: () => '金額須大於零。',
    amount_precision: (p) => `該幣種最多 ${p.max} 位小數。`,
    origin_format: () => '請輸入來源地址，例如 https://erp.example.com：協定、主機及可選連接埠，不含路徑。',
    last_admin: () => '企業至少需要一名管理員。請先將其他成員設為管理員。',
    not_pending: () => '此人不在待審核名單中。',
    email_in_other_account: () => '該電郵已有 Wharf 帳戶且不是本企業成員。對方可用月結帳號申請加入，或由系統改用其他電郵。',
    version_stale: () => '此內容已被他人修改。請重新載入後再修改。',
  },
  detail: {
    pendingApproval: (p) => `您加入「${p.name}」的申請正在等待管理員審核，通過後即可使用。`,
    adminOnly: '只有本企業管理員可以執行此操作。',
    noEnterprise: '您尚未加入企業。請建立企業，或綁定貴公司的月結帳號。',
    chooseEnterprise: '您屬於多個企業，請在 Wharf-Enterprise 請求標頭中指明要操作的企業。',
    originNotAllowed: (p) => `來自 ${p.field} 的頁面不能使用該企業。管理員可在 設定 → 安全設定 → 允許的來源 中加入。`,
    apiKeyFromBrowser: 'API 金鑰只能放在伺服器上：請由宿主系統的伺服器建立嵌入工作階段，不要在瀏覽器中呼叫。',
    apiKeyInvalid: 'API 金鑰無效或已被撤銷。',
    embedSessionLimited: '此工作階段由貴公司系統開啟，請在 Wharf 中直接進行此操作。',
    operatorOnly: '只有服務商的操作員可以執行此操作。',
  },
  mail: {
    joinRequestSubject: ({ enterprise }) => `有人申請加入 Wharf 上的「${enterprise}」`,
    joinRequestBody: ({ email, enterprise }) =>
      `${email} 申請加入「${enterprise}」。請在平台的「成員」中通過或拒絕。\n\n如不認識此人，請拒絕該申請。`,
  },
};
