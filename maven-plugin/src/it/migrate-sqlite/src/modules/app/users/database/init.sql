INSERT OR IGNORE INTO users (name) VALUES ('ada');
