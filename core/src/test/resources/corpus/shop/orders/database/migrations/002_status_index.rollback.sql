DROP INDEX IF EXISTS idx_orders_status;
