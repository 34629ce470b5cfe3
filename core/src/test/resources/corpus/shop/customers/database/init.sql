-- Two house accounts. INSERT OR IGNORE keeps a re-seed harmless.
INSERT OR IGNORE INTO customers (email, display_name, active, tier) VALUES
  -- the shop's own account
  ('shop@example.com', 'The Shop', 1, 'pro'),
  -- a disabled test account (it's kept for support)
  ('test@example.com', 'Test ''Account''', 0, 'basic');
