ALTER TABLE auth_sessions DROP COLUMN last_seen_at;
