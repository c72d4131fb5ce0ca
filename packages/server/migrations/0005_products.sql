-- Products (PRODUCT §3): normal products and combos, their filing lifecycle, and inventory per warehouse
-- (kept here; ASNs and orders will move it).

CREATE TABLE products (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('normal', 'combo')),
  sku text NOT NULL,
  name text NOT NULL,
  category text,
  brand text,
  model text,
  unit text,
  origin_country text,
  barcode text,
  gross_weight numeric(12, 3),
  net_weight numeric(12, 3),
  purchase_price numeric(14, 2),
  sale_price numeric(14, 2),
  currency text NOT NULL,
  hs_code text,
  declaration_elements jsonb NOT NULL DEFAULT '{}',
  declared_specification text,
  status text NOT NULL CHECK (status IN ('draft', 'filing', 'filed', 'rejected', 'deleted')),
  rejection_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz
);
-- A SKU names one live product per enterprise; a deleted product frees its SKU (and stays in the log).
CREATE UNIQUE INDEX products_live_sku ON products (enterprise_id, upper(sku)) WHERE status <> 'deleted';
-- The list: newest first, by keyset, filtered by status or category.
CREATE INDEX products_list ON products (enterprise_id, created_at DESC, id DESC) WHERE status <> 'deleted';
CREATE INDEX products_by_status ON products (enterprise_id, status, created_at DESC, id DESC);
-- SKU prefixes are byte-wise ranges (COLLATE "C": the same in every database collation, and its statistics tell the
-- planner how few rows a prefix holds).
CREATE INDEX products_sku_prefix ON products (enterprise_id, (upper(sku) COLLATE "C")) WHERE status <> 'deleted';
-- The planner takes no statistics from partial indexes' expressions: these are the ones it estimates prefixes with.
CREATE STATISTICS products_sku_upper ON (upper(sku) COLLATE "C") FROM products;
CREATE INDEX products_by_category ON products (enterprise_id, category, created_at DESC, id DESC) WHERE status <> 'deleted';
-- Part of the name, Chinese included: the grams index of 0004_reference.sql (a name contains the search text only
-- if its grams contain the text's).
CREATE INDEX products_name_grams ON products USING gin (text_grams(name)) WHERE status <> 'deleted';
-- The operators' filing queue across enterprises.
CREATE INDEX products_filing ON products (updated_at, id) WHERE status = 'filing';

CREATE TABLE product_components (
  combo_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  component_id uuid NOT NULL REFERENCES products(id),
  quantity integer NOT NULL CHECK (quantity > 0),
  position integer NOT NULL,
  PRIMARY KEY (combo_id, component_id)
);
CREATE INDEX product_components_component ON product_components (component_id);

-- Stock per product and warehouse: available = on_hand - reserved, never negative.
CREATE TABLE inventory (
  product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  warehouse text NOT NULL,
  on_hand integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (product_id, warehouse)
);
