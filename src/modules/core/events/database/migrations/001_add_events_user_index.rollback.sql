DROP INDEX IF EXISTS idx_events_user_created;
