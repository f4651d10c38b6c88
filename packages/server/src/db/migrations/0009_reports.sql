-- Issue #5, the periodic CCHC report (báo cáo CCHC định kỳ): report templates as versioned data
-- (sections, data-bound sentences, narrative defaults), reports per unit and period with their
-- workflow (draft → submitted → approved → issued, superseded by a later version) and history.
-- An issued report keeps its figures, its rendered text and its Biểu 06 data: reopening it years
-- later shows the same numbers even if the underlying data changed.

CREATE TABLE report_templates (
  id serial PRIMARY KEY,
  code text NOT NULL,
  name text NOT NULL,
  version integer NOT NULL CHECK (version > 0),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  unit_scope text NOT NULL CHECK (unit_scope IN ('district', 'commune', 'any')),
  body jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);
COMMENT ON TABLE report_templates IS 'Versions of a report template; a version is never changed (an edit saves the next one), so a report keeps the wording it was written with.';
COMMENT ON COLUMN report_templates.body IS '{title, closing, recipients, signer, sections}: sentences with {{key|filter}} placeholders (modules/reports/template.ts).';

CREATE TABLE reports (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  kind text NOT NULL CHECK (kind IN ('quarter', 'half', 'nine_months', 'year', 'custom')),
  period text,
  period_from date NOT NULL,
  period_to date NOT NULL CHECK (period_to >= period_from),
  template_id integer NOT NULL REFERENCES report_templates (id),
  title text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'issued', 'superseded')),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  number text,
  issued_on date,
  supersedes_id integer REFERENCES reports (id),
  superseded_by_id integer REFERENCES reports (id),
  narratives jsonb NOT NULL,
  observations jsonb NOT NULL,
  signer jsonb NOT NULL,
  recipients jsonb NOT NULL,
  data jsonb NOT NULL,
  data_at timestamptz NOT NULL,
  rendered jsonb,
  annex jsonb,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- One report per unit, kind and period; a correction is the next version of it.
  UNIQUE (unit_id, kind, period_from, period_to, version),
  CHECK ((status IN ('issued', 'superseded')) = (number IS NOT NULL AND issued_on IS NOT NULL AND rendered IS NOT NULL))
);
CREATE INDEX reports_unit_period_idx ON reports (unit_id, period_from);
COMMENT ON COLUMN reports.data IS 'The figures snapshot (flat key → value, keys of modules/reports/data.ts), computed at creation and on refresh; frozen once issued.';
COMMENT ON COLUMN reports.rendered IS 'The sections as issued (text with the figures written in); NULL until issued.';
COMMENT ON COLUMN reports.annex IS 'Biểu 06 data of the unit and period, stored with the snapshot (NULL when not available).';

CREATE TABLE report_events (
  id bigserial PRIMARY KEY,
  report_id integer NOT NULL REFERENCES reports (id),
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'edit', 'refresh', 'submit', 'approve', 'return', 'issue', 'supersede', 'superseded')),
  note text
);
CREATE INDEX report_events_report_idx ON report_events (report_id, id);
