ALTER TABLE products ADD COLUMN discount REAL NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS idx_products_kind ON products(kind) WHERE stock > 0;
