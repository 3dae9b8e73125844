-- Published knowledge: one row per content file (the YAML text editors and git see),
-- an append-only history of every save, and one counter that every save bumps.

CREATE TABLE knowledge_file (
  path text PRIMARY KEY,
  text text NOT NULL,
  etag text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);

CREATE TABLE knowledge_history (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  at timestamptz NOT NULL,
  author text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'revert', 'delete')),
  path text NOT NULL,
  before text,
  after text,
  etag_before text,
  etag_after text,
  -- Which YAML fields the save added (+), changed (~) or removed (-), for audits in SQL.
  fields text[] NOT NULL DEFAULT '{}',
  reverts uuid
);
CREATE INDEX knowledge_history_path ON knowledge_history (path, seq DESC);

-- Saves lock this row first: they run one at a time, and `version` grows in commit
-- order, so an instance polling it can never miss a save that committed late.
CREATE TABLE knowledge_state (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO knowledge_state (version) VALUES (0);
