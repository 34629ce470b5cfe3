-- Example: Insert default configurations
INSERT OR IGNORE INTO config_settings (key, value, type, description) VALUES
  ('system.name', 'SystemPrompt OS', 'string', 'System display name'),
  ('system.version', '1.0.0', 'string', 'System version'),
  ('system.debug', 'false', 'boolean', 'Debug mode enabled');
