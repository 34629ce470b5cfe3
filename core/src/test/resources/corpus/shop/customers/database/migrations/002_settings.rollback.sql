DROP TABLE IF EXISTS customer_settings;
