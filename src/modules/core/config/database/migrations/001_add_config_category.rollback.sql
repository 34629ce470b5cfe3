ALTER TABLE config_settings DROP COLUMN category;
