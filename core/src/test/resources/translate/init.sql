-- Seed data with booleans as 0/1 and explicit ids.
INSERT OR IGNORE INTO users (id, email, display_name, is_active) VALUES
    (1, 'admin@example.com', 'Admin', 1),
    -- a disabled account
    (2, 'old@example.com', 'Old', 0);
INSERT OR IGNORE INTO app_settings (key, value, type) VALUES ('site.name', 'Demo; it''s', 'string');
INSERT OR REPLACE INTO app_settings (key, value) VALUES ('site.mode', 'dark');
INSERT INTO sessions (user_id, device) VALUES (1, 'phone'), (1, 'laptop')