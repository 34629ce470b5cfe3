-- Default roles; the built-in admin account (core/users) gets the admin role.
INSERT OR IGNORE INTO auth_roles (name, description) VALUES
  ('admin', 'Full access (every module)'),
  ('user', 'A regular user''s access');

INSERT OR IGNORE INTO auth_user_roles (user_id, role)
  SELECT id, 'admin' FROM users WHERE username = 'admin';
