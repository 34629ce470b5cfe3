-- Pinned notes are listed first. The checked-in generated sources predate this column.
ALTER TABLE notes ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT false;
