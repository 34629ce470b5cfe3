DROP INDEX IF EXISTS idx_products_kind;
ALTER TABLE products DROP COLUMN discount;
