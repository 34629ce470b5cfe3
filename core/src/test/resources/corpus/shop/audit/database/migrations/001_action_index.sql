-- no trailing newline in this file
CREATE INDEX IF NOT EXISTS idx_audit_action ON audit_log(action)