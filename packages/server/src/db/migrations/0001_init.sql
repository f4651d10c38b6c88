-- MotCua schema v1. Written for the PostgreSQL 15 subset so that PGlite (PG 18) and a server agree.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Diacritic-insensitive Vietnamese folding; unaccent maps Đ/đ to D/d. Immutable so it is indexable.
CREATE OR REPLACE FUNCTION f_unaccent_vi(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE settings IS 'Deployment settings: root unit, working sessions, mode.';

CREATE TABLE units (
  id serial PRIMARY KEY,
  code text NOT NULL,
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'district', 'commune', 'department')),
  kind text NOT NULL,
  parent_id integer REFERENCES units (id),
  valid_from date NOT NULL DEFAULT DATE '1900-01-01',
  valid_to date,
  agency_code text,
  source text,
  UNIQUE (code, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE units IS 'Administrative units (mã ĐVHC, QĐ 124/2004 and QĐ 19/2025) and departments, with validity dates: a code may be reused by a different unit after a merger.';
COMMENT ON COLUMN units.agency_code IS 'Mã định danh cơ quan (QCVN 102:2016), the prefix of dossier codes (TT 01/2018 Art. 19).';
CREATE INDEX units_parent_idx ON units (parent_id);
CREATE INDEX units_code_idx ON units (code);

CREATE TABLE unit_successions (
  predecessor_id integer NOT NULL REFERENCES units (id),
  successor_id integer NOT NULL REFERENCES units (id),
  effective date NOT NULL,
  basis text,
  PRIMARY KEY (predecessor_id, successor_id)
);
COMMENT ON TABLE unit_successions IS 'Mergers: which units a unit was merged into (sắp xếp ĐVHC).';

CREATE TABLE unit_code_aliases (
  alias text PRIMARY KEY,
  code text NOT NULL,
  note text
);

CREATE TABLE calendar_years (
  year integer PRIMARY KEY,
  days_off jsonb NOT NULL,
  extra_working_days jsonb NOT NULL,
  reviewed boolean NOT NULL,
  source text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);
COMMENT ON TABLE calendar_years IS 'Working calendar per year: weekday days off and Saturdays worked (deadlines.md).';

CREATE TABLE procedures (
  id serial PRIMARY KEY,
  code text NOT NULL,
  version integer NOT NULL,
  is_current boolean NOT NULL,
  name text NOT NULL,
  field text NOT NULL,
  level text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  working_days numeric NOT NULL CHECK (working_days > 0),
  online_level text NOT NULL CHECK (online_level IN ('full', 'partial', 'none')),
  fee bigint,
  required_documents jsonb NOT NULL DEFAULT '[]',
  steps jsonb NOT NULL DEFAULT '[]',
  is_demo boolean NOT NULL DEFAULT false,
  content_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);
COMMENT ON TABLE procedures IS 'Thủ tục hành chính (TTHC), versioned: a dossier keeps the version it was received under.';
CREATE UNIQUE INDEX procedures_current_idx ON procedures (code) WHERE is_current;
CREATE INDEX procedures_name_trgm_idx ON procedures USING gin (f_unaccent_vi(name) gin_trgm_ops);

CREATE TABLE dossiers (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  unit_id integer NOT NULL REFERENCES units (id),
  procedure_id integer NOT NULL REFERENCES procedures (id),
  channel text NOT NULL CHECK (channel IN ('direct', 'online', 'postal')),
  applicant jsonb NOT NULL,
  working_days numeric,
  explicit_due_at timestamptz,
  -- Projection of the events (rebuilt from them in the same transaction as every append).
  status text NOT NULL,
  submitted_at timestamptz,
  received_at timestamptz,
  refused_at timestamptz,
  finished_at timestamptz,
  finish_type text,
  due_at timestamptz,
  timeliness text,
  apology_at timestamptz,
  new_appointment_at timestamptz,
  result_returned_at timestamptz,
  result_via text,
  rated_at timestamptz,
  rating text,
  holder text,
  event_count integer NOT NULL,
  content_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE dossiers IS 'Hồ sơ TTHC. Columns after status are a projection of dossier_events, never written on their own.';
CREATE INDEX dossiers_unit_received_idx ON dossiers (unit_id, received_at);
CREATE INDEX dossiers_unit_status_idx ON dossiers (unit_id, status);
CREATE INDEX dossiers_procedure_idx ON dossiers (procedure_id);

CREATE TABLE dossier_events (
  id bigserial PRIMARY KEY,
  dossier_id bigint NOT NULL REFERENCES dossiers (id),
  seq integer NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (dossier_id, seq)
);
COMMENT ON TABLE dossier_events IS 'Append-only history of each dossier: the audit trail and the process-control slip (Mẫu 05).';

CREATE TABLE dossier_pauses (
  dossier_id bigint NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL CHECK (kind IN ('supplement', 'obligation')),
  start_at timestamptz NOT NULL,
  end_at timestamptz
);
CREATE INDEX dossier_pauses_dossier_idx ON dossier_pauses (dossier_id);

CREATE TABLE dossier_code_sequences (
  agency_code text NOT NULL,
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (agency_code, day)
);

CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
