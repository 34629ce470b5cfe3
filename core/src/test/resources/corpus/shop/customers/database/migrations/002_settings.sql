CREATE TABLE IF NOT EXISTS customer_settings (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  key VARCHAR(100) NOT NULL,
  value TEXT,
  type VARCHAR(20) NOT NULL DEFAULT 'string',
  PRIMARY KEY (customer_id, key)
);
INSERT OR IGNORE INTO customer_settings (customer_id, key, value) VALUES (1, 'theme', 'dark');
