CREATE INDEX IF NOT EXISTS idx_orders_status ON orders(status, created_at);
