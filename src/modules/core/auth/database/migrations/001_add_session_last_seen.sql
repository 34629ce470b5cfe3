-- When the session was last used; NULL until its first request.
ALTER TABLE auth_sessions ADD COLUMN last_seen_at TIMESTAMP;
