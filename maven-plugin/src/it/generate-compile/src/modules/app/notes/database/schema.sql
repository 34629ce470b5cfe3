-- A note someone wrote.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    body TEXT,                -- optional text below the title
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published'))
);
