-- Built-in accounts; INSERT OR IGNORE keeps them when they already exist.
INSERT OR IGNORE INTO users (username, email, display_name, status, active) VALUES
  ('admin', 'admin@localhost', 'Administrator', 'active', 1),
  -- the system account runs background jobs and never logs in
  ('system', 'system@localhost', 'System', 'active', 0);
