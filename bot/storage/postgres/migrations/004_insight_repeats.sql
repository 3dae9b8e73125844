-- The same question (bot/insight/insight-store.ts insightKey) raises a count instead of
-- adding a row, as in the file store (issue 10, finding 8). key_hash is a hash of that key
-- (the key itself can be longer than an index entry may be); rows from before have none.
-- Retention counts from the last time a question was asked, not the first.

ALTER TABLE insight_entry ADD COLUMN key_hash text;
ALTER TABLE insight_entry ADD COLUMN count integer NOT NULL DEFAULT 1 CHECK (count >= 1);
ALTER TABLE insight_entry ADD COLUMN last_at timestamptz;
UPDATE insight_entry SET last_at = at;
ALTER TABLE insight_entry ALTER COLUMN last_at SET NOT NULL;
CREATE UNIQUE INDEX insight_entry_key ON insight_entry (key_hash);
CREATE INDEX insight_entry_last_at ON insight_entry (last_at);
