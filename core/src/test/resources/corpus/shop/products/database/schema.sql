CREATE TABLE IF NOT EXISTS products (
  sku VARCHAR(32) PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('book', 'game')),
  price REAL NOT NULL CHECK (price >= 0),
  stock INTEGER NOT NULL DEFAULT 0,
  timestamp DATETIME DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT chk_products_stock CHECK (stock >= 0)
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_products_title ON products(title);
