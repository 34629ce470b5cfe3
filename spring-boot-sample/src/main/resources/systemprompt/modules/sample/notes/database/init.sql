INSERT INTO notes (user_id, body) SELECT id, 'first note' FROM users ORDER BY id LIMIT 1;
