-- Residents' unanswered questions and feedback, already redacted, kept for a
-- configurable number of days. No user or conversation id, ever.

CREATE TABLE insight_entry (
  seq bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('unanswered', 'not-helpful', 'helpful')),
  lang text NOT NULL CHECK (lang IN ('fi', 'sv', 'en')),
  text text NOT NULL CHECK (length(text) <= 1000),
  service_id text,
  at timestamptz NOT NULL
);
CREATE INDEX insight_entry_at ON insight_entry (at);

-- Insight groups an editor marked resolved; the newest mark per group wins.
CREATE TABLE insight_resolution (
  seq bigserial PRIMARY KEY,
  id text NOT NULL,
  by text NOT NULL,
  at timestamptz NOT NULL,
  note text NOT NULL
);
