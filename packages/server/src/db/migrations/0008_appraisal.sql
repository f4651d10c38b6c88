-- Issue #6, the commune reform index (chỉ số CCHC của UBND cấp xã): criteria sets versioned by
-- year, an appraisal round per district and year with its council, each commune's
-- self-assessment (tự chấm) and the council's appraised scores (điểm thẩm định) per criterion,
-- the survey component, and a log of every step (submit, return, reopen with its reason, publish).

CREATE TABLE appraisal_sets (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name text NOT NULL,
  basis text,
  survey_max numeric(6, 2) NOT NULL,
  areas jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year)
);
COMMENT ON TABLE appraisal_sets IS 'Bộ tiêu chí chỉ số CCHC cấp xã of a district (or province) for a year; areas → criteria → sub-criteria as JSON (core/appraisal.ts validates it).';

CREATE TABLE appraisals (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  set_id integer NOT NULL REFERENCES appraisal_sets (id),
  title text NOT NULL,
  decision text,
  council jsonb NOT NULL DEFAULT '[]',
  note text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
  published_at timestamptz,
  published_by text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year),
  CHECK (status <> 'published' OR published_at IS NOT NULL)
);
COMMENT ON TABLE appraisals IS 'Thẩm định chỉ số CCHC năm N tại UBND các xã: one round per district and year.';

CREATE TABLE appraisal_entries (
  id serial PRIMARY KEY,
  appraisal_id integer NOT NULL REFERENCES appraisals (id) ON DELETE CASCADE,
  unit_id integer NOT NULL REFERENCES units (id),
  status text NOT NULL DEFAULT 'self_assessment' CHECK (status IN ('self_assessment', 'submitted', 'appraised')),
  survey_score numeric(6, 2),
  submitted_at timestamptz,
  submitted_by text,
  appraised_at timestamptz,
  appraised_by text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (appraisal_id, unit_id)
);
CREATE INDEX appraisal_entries_unit_idx ON appraisal_entries (unit_id);

CREATE TABLE appraisal_scores (
  entry_id integer NOT NULL REFERENCES appraisal_entries (id) ON DELETE CASCADE,
  criterion text NOT NULL,
  self_score numeric(6, 2),
  self_note text,
  evidence text,
  links jsonb NOT NULL DEFAULT '[]',
  prefill_value numeric(7, 2),
  prefill_score numeric(6, 2),
  self_by text,
  self_at timestamptz,
  appraised_score numeric(6, 2),
  comment text,
  appraised_by text,
  appraised_at timestamptz,
  PRIMARY KEY (entry_id, criterion)
);
COMMENT ON COLUMN appraisal_scores.criterion IS 'Code of a scored item of the set (criterion without sub-criteria, or sub-criterion).';
COMMENT ON COLUMN appraisal_scores.prefill_value IS 'The MotCua figure (percent) shown when the self score was saved, for criteria with a source.';

CREATE TABLE appraisal_events (
  id serial PRIMARY KEY,
  appraisal_id integer NOT NULL REFERENCES appraisals (id) ON DELETE CASCADE,
  entry_id integer REFERENCES appraisal_entries (id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('created', 'updated', 'self_scores', 'prefilled', 'submitted', 'returned', 'appraised_scores', 'survey', 'completed', 'reopened_unit', 'published', 'reopened')),
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  reason text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX appraisal_events_round_idx ON appraisal_events (appraisal_id, id);
