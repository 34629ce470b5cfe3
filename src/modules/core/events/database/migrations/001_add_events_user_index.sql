-- Speeds up a user's activity timeline (this file deliberately ends without a newline).
CREATE INDEX IF NOT EXISTS idx_events_user_created ON events(user_id, created_at);