-- Issue #6, citizen feedback (phản ánh, kiến nghị — PAKN): what citizens and organisations send
-- about an administrative regulation or procedure, an officer's conduct, a specific dossier, or
-- anything else; its handling (assigned, replied, rejected, closed) as appended events, the
-- sender's rating of the reply, and the handling deadline per kind as data with validity dates.
-- As for dossiers, the events are the truth and the feedback row is a projection of them.

-- Handling deadline (thời hạn xử lý) per kind, in working days of the official calendar. A new
-- rule is a new row; the row valid on the receipt date applies.
CREATE TABLE feedback_deadlines (
  id serial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('regulation', 'conduct', 'dossier', 'other')),
  working_days numeric NOT NULL CHECK (working_days > 0 AND working_days <= 365),
  valid_from date NOT NULL,
  valid_to date,
  basis text NOT NULL,
  note text,
  created_by text NOT NULL DEFAULT 'reference-data',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE feedback_deadlines IS 'Working days to handle a feedback of a kind, valid from/to a local date.';

-- Shipped defaults. Basis: Nghị định 20/2008/NĐ-CP on receiving and handling feedback about
-- administrative regulations. The number of days could not be confirmed from the documents the
-- project has (shared/domain): 10 working days for every kind is a default to confirm, and the
-- note says so. valid_from 2000-01-01 is not a legal date: it makes the default apply to any date.
INSERT INTO feedback_deadlines (kind, working_days, valid_from, basis, note) VALUES
  ('regulation', 10, '2000-01-01', 'Nghị định 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính', 'Mặc định, cần xác nhận (default, to confirm): số ngày làm việc chưa đối chiếu được với văn bản gốc'),
  ('conduct', 10, '2000-01-01', 'Nghị định 20/2008/NĐ-CP (áp dụng tương tự cho phản ánh về hành vi, thái độ của CBCCVC)', 'Mặc định, cần xác nhận (default, to confirm): số ngày làm việc chưa đối chiếu được với văn bản gốc'),
  ('dossier', 10, '2000-01-01', 'Nghị định 20/2008/NĐ-CP (áp dụng tương tự cho phản ánh về việc giải quyết một hồ sơ)', 'Mặc định, cần xác nhận (default, to confirm): số ngày làm việc chưa đối chiếu được với văn bản gốc'),
  ('other', 10, '2000-01-01', 'Nghị định 20/2008/NĐ-CP (áp dụng tương tự)', 'Mặc định, cần xác nhận (default, to confirm): số ngày làm việc chưa đối chiếu được với văn bản gốc');

CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  -- The responsible committee (the dossier's unit for kind 'dossier'); scoping and statistics use it.
  unit_id integer NOT NULL REFERENCES units (id),
  kind text NOT NULL CHECK (kind IN ('regulation', 'conduct', 'dossier', 'other')),
  channel text NOT NULL CHECK (channel IN ('portal', 'paper', 'phone', 'email', 'hotline', 'direct')),
  dossier_id bigint REFERENCES dossiers (id),
  procedure_code text,
  sender_name text NOT NULL,
  sender_phone text,
  sender_email text,
  sender_address text,
  title text NOT NULL,
  content text NOT NULL,
  consent_publish boolean NOT NULL DEFAULT false,
  received_at timestamptz NOT NULL,
  working_days numeric NOT NULL,
  due_at timestamptz NOT NULL,
  -- Projection of the events (rewritten after each one).
  status text NOT NULL CHECK (status IN ('received', 'assigned', 'replied', 'closed', 'rejected')),
  assigned_unit_id integer REFERENCES units (id),
  assigned_user text,
  replied_at timestamptz,
  reply text,
  publish_reply boolean NOT NULL DEFAULT false,
  rejected_at timestamptz,
  reject_reason text CHECK (reject_reason IN ('out_of_competence', 'duplicate')),
  closed_at timestamptz,
  rating text CHECK (rating IN ('very_satisfied', 'satisfied', 'dissatisfied')),
  rated_at timestamptz,
  event_count integer NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (sender_phone IS NOT NULL OR sender_email IS NOT NULL),
  CHECK (kind <> 'dossier' OR dossier_id IS NOT NULL)
);
CREATE INDEX feedback_unit_received_idx ON feedback (unit_id, received_at);
CREATE INDEX feedback_assigned_unit_idx ON feedback (assigned_unit_id) WHERE assigned_unit_id IS NOT NULL;
CREATE INDEX feedback_dossier_idx ON feedback (dossier_id) WHERE dossier_id IS NOT NULL;
CREATE INDEX feedback_open_due_idx ON feedback (due_at) WHERE status IN ('received', 'assigned');
COMMENT ON TABLE feedback IS 'Phản ánh, kiến nghị (PAKN); code PA-<unit>-<yymmdd>-<nnnn>.';

CREATE TABLE feedback_events (
  id bigserial PRIMARY KEY,
  feedback_id bigint NOT NULL REFERENCES feedback (id),
  seq integer NOT NULL,
  type text NOT NULL CHECK (type IN ('received', 'assigned', 'replied', 'rejected', 'closed', 'rated')),
  at timestamptz NOT NULL,
  actor text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (feedback_id, seq)
);

-- Daily sequence of tracking codes per responsible unit code.
CREATE TABLE feedback_code_sequences (
  unit_code text NOT NULL,
  day date NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (unit_code, day)
);

-- Files sent with a feedback (PDF/JPEG/PNG, sniffed by content as for dossier scans).
CREATE TABLE feedback_attachments (
  id bigserial PRIMARY KEY,
  feedback_id bigint NOT NULL REFERENCES feedback (id),
  filename text NOT NULL,
  mime text NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_attachments_feedback_idx ON feedback_attachments (feedback_id);
