-- Group settings by category so the admin screens can show them in sections.
ALTER TABLE config_settings ADD COLUMN category VARCHAR(100) NOT NULL DEFAULT 'general';
