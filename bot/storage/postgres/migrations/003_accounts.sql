-- Editor accounts: user names with scrypt hashes (`scrypt$<salt hex>$<hash hex>`), never passwords.

CREATE TABLE editor_account (
  username text PRIMARY KEY,
  hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
