-- Staff accounts and sessions (issue #3). Passwords are argon2id hashes; session tokens are
-- stored hashed (sha256), so a database leak does not hand out live sessions.
CREATE TABLE users (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username = lower(username)),
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('reception', 'specialist', 'department_head', 'leader', 'reform_officer', 'unit_admin', 'system_admin')),
  unit_id integer NOT NULL REFERENCES units (id),
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  is_demo boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE users IS 'Staff accounts: one role and one unit each; they see and act within that unit and the units below it.';
COMMENT ON COLUMN users.is_demo IS 'Created by the demo seed with a published password; a production start refuses to run while one is active.';

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
