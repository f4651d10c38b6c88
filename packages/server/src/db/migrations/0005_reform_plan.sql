-- Administrative-reform work (issue #4): the annual reform plan (kế hoạch CCHC năm) with its
-- tasks and activities, and the tasks assigned from above (nhiệm vụ UBND tỉnh / Chủ tịch UBND
-- tỉnh giao) with their progress notes. Dates are local calendar dates (date), not instants.

CREATE TABLE reform_plans (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES units (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  document_number text NOT NULL,
  document_date date NOT NULL,
  title text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year)
);
COMMENT ON TABLE reform_plans IS 'Kế hoạch CCHC năm of one unit, e.g. 111/KH-UBND ngày 17/01/2023.';

CREATE TABLE reform_plan_tasks (
  id bigserial PRIMARY KEY,
  plan_id bigint NOT NULL REFERENCES reform_plans (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  code text NOT NULL,
  area text NOT NULL CHECK (area IN ('direction', 'institutions', 'procedures', 'organisation', 'civil_service', 'public_finance', 'digital_government')),
  content text NOT NULL,
  owner_unit_id bigint NOT NULL REFERENCES units (id),
  cooperating jsonb NOT NULL DEFAULT '[]',
  expected_output text,
  deadline date,
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  completed_on date,
  evidence text,
  CHECK ((status = 'done') = (completed_on IS NOT NULL)),
  UNIQUE (plan_id, code)
);
CREATE INDEX reform_plan_tasks_plan_idx ON reform_plan_tasks (plan_id, seq);

CREATE TABLE reform_plan_activities (
  id bigserial PRIMARY KEY,
  task_id bigint NOT NULL REFERENCES reform_plan_tasks (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  code text NOT NULL,
  content text NOT NULL,
  owner_unit_id bigint REFERENCES units (id),
  expected_output text,
  deadline date,
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  completed_on date,
  evidence text,
  CHECK ((status = 'done') = (completed_on IS NOT NULL)),
  UNIQUE (task_id, code)
);
CREATE INDEX reform_plan_activities_task_idx ON reform_plan_activities (task_id, seq);
COMMENT ON COLUMN reform_plan_activities.owner_unit_id IS 'NULL: the task''s owner unit.';

CREATE TABLE assigned_tasks (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES units (id),
  source_number text NOT NULL,
  source_date date NOT NULL,
  issuer text NOT NULL CHECK (issuer IN ('province_committee', 'province_chairman', 'other')),
  issuer_name text,
  content text NOT NULL,
  deadline date,
  lead_unit_id bigint NOT NULL REFERENCES units (id),
  assignee text,
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  completed_on date,
  report_number text,
  report_date date,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'done') = (completed_on IS NOT NULL)),
  CHECK (deadline IS NULL OR deadline >= source_date)
);
CREATE INDEX assigned_tasks_unit_idx ON assigned_tasks (unit_id, source_date);
CREATE INDEX assigned_tasks_open_idx ON assigned_tasks (unit_id, deadline) WHERE completed_on IS NULL;
COMMENT ON COLUMN assigned_tasks.deadline IS 'NULL: thường xuyên (no deadline).';

CREATE TABLE assigned_task_notes (
  id bigserial PRIMARY KEY,
  task_id bigint NOT NULL REFERENCES assigned_tasks (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  author text NOT NULL,
  note text NOT NULL
);
CREATE INDEX assigned_task_notes_task_idx ON assigned_task_notes (task_id, id);
