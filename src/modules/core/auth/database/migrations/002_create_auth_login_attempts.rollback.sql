DROP INDEX IF EXISTS idx_auth_login_attempts_user;
DROP TABLE IF EXISTS auth_login_attempts;
