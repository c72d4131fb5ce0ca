-- Orders (PRODUCT §4): warehouses and shipping methods kept by operators, orders with their items and tracking
-- events, the waybill terms each user accepts once per version, and every change to stock as a movement.

CREATE TABLE warehouses (
  code text PRIMARY KEY,
  names jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE shipping_methods (
  code text PRIMARY KEY,
  names jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  requires_id_number boolean NOT NULL DEFAULT false,
  -- [{ currency, amount }]: the fee per order in each currency the method is offered in.
  fees jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

INSERT INTO counters (name, value) VALUES ('order', 0);

CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  number text NOT NULL UNIQUE,
  reference text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('consolidation', 'stock')),
  status text NOT NULL CHECK (status IN ('draft', 'confirmed', 'submitted', 'cleared', 'shipped', 'signed', 'deleted')),
  warehouse text NOT NULL REFERENCES warehouses(code),
  shipping_method text NOT NULL REFERENCES shipping_methods(code),
  recipient jsonb NOT NULL,
  sender jsonb,
  declared_goods text NOT NULL,
  insured_value numeric(14, 2),
  currency text,
  remarks text,
  -- { date, from, to }
  appointment jsonb,
  change_waybill boolean NOT NULL DEFAULT false,
  carrier text,
  tracking_number text,
  -- The shipping fee recorded in the ledger when the order shipped (once per order).
  fee_entry_id bigint REFERENCES ledger_entries(id),
  item_count integer NOT NULL DEFAULT 0,
  quantity integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- A customer reference names one live order of the enterprise (creating with it again is refused).
CREATE UNIQUE INDEX orders_reference_idx ON orders (enterprise_id, reference) WHERE status <> 'deleted';
CREATE INDEX orders_by_enterprise ON orders (enterprise_id, created_at DESC, id DESC);
CREATE INDEX orders_by_status ON orders (enterprise_id, status, created_at DESC, id DESC);

CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position integer NOT NULL,
  product_id uuid NOT NULL REFERENCES products(id),
  sku text NOT NULL,
  name text NOT NULL,
  quantity integer NOT NULL CHECK (quantity > 0),
  unit_price numeric(14, 2) NOT NULL,
  PRIMARY KEY (order_id, position)
);
CREATE INDEX order_items_by_product ON order_items (product_id, order_id DESC);

-- What happened to an order on its way (GET /v1/orders/:number/tracking).
CREATE TABLE order_tracking (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  type text NOT NULL,
  status text NOT NULL,
  note text,
  carrier text,
  tracking_number text,
  operator_id uuid,
  at timestamptz NOT NULL
);
CREATE INDEX order_tracking_by_order ON order_tracking (order_id, id);

-- The electronic waybill terms (seed 000 usage Q5): a text per locale per version; each user accepts a version once.
CREATE TABLE waybill_terms (
  version integer PRIMARY KEY,
  texts jsonb NOT NULL,
  published_at timestamptz NOT NULL
);
CREATE TABLE waybill_terms_acceptances (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  version integer NOT NULL REFERENCES waybill_terms(version),
  accepted_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, version)
);
INSERT INTO waybill_terms (version, texts, published_at) VALUES (1, jsonb_build_object(
  'zh-CN', E'电子运单契约条款\n1. 寄件人应如实申报托寄物品的名称、数量和价值，不得寄递禁止或限制寄递的物品。\n2. 跨境包裹须经海关监管；收件人信息（含身份证号码，如运输方式要求）用于清关申报。\n3. 承运人对保价包裹按保价金额赔偿，未保价包裹按运费的三倍以内赔偿。\n4. 运费按所选运输方式的费用计入企业月结账户，每月出具月结账单。',
  'zh-HK', E'電子運單契約條款\n1. 寄件人應如實申報託寄物品的名稱、數量和價值，不得寄遞禁止或限制寄遞的物品。\n2. 跨境包裹須經海關監管；收件人資料（含身份證號碼，如運輸方式要求）用於清關申報。\n3. 承運人對保價包裹按保價金額賠償，未保價包裹按運費的三倍以內賠償。\n4. 運費按所選運輸方式的費用計入企業月結帳戶，每月出具月結帳單。',
  'en', E'Electronic waybill terms\n1. The sender declares the name, quantity and value of the goods truthfully and sends nothing prohibited or restricted.\n2. Cross-border parcels are under customs control; the recipient''s details (with the ID number where the shipping method requires it) are used for the customs declaration.\n3. Insured parcels are compensated up to the insured value; others up to three times the shipping fee.\n4. Shipping fees are charged to the enterprise''s monthly account, with a statement each month.'
), '2026-01-01T00:00:00Z');

-- Every change to on hand or reserved stock, with why and who (PRODUCT §4.13).
CREATE TABLE inventory_movements (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  warehouse text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('adjustment', 'reserve', 'release', 'ship', 'receive')),
  on_hand_change integer NOT NULL,
  reserved_change integer NOT NULL,
  note text,
  order_id bigint REFERENCES orders(id) ON DELETE SET NULL,
  asn text,
  actor_kind text NOT NULL,
  actor_id text,
  at timestamptz NOT NULL
);
CREATE INDEX inventory_movements_by_product ON inventory_movements (product_id, id DESC);
