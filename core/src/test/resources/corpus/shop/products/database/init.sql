INSERT OR REPLACE INTO products (sku, title, kind, price, stock) VALUES
  ('B-1', 'The Book', 'book', 12.5, 10),
  /* a game */
  ('G-1', 'The Game', 'game', 59.0, 3);
INSERT OR REPLACE INTO products (sku, title, kind, price, stock) VALUES ('B-1', 'The Book', 'book', 11.0, 10);
