-- Customers of the shop (SQLite dialect; translated on PostgreSQL).
CREATE TABLE IF NOT EXISTS customers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email VARCHAR(255) NOT NULL UNIQUE,        -- login name; it's "unique" (case-sensitive)
  display_name TEXT,
  active BOOLEAN NOT NULL DEFAULT 1,
  tier TEXT NOT NULL DEFAULT 'basic' CHECK (tier IN ('basic', 'plus', 'pro')),
  metadata JSON,                              -- free-form JSON kept as text
  api_key TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
  created_at DATETIME NOT NULL DEFAULT (datetime('now')),
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS idx_customers_tier ON customers(tier); -- (lookups by tier)

/* Keep updated_at current; the comment has a ; and a ' quote */
CREATE TRIGGER IF NOT EXISTS trg_customers_updated_at
AFTER UPDATE ON customers
FOR EACH ROW
BEGIN
  UPDATE customers SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
