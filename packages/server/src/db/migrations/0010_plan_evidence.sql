-- Issue #4 gaps: evidence files of the reform plan (minh chứng: the signed report, a photo, the
-- spreadsheet of results) uploaded on a task or an activity, besides the text/link in `evidence`;
-- and who last edited a communication activity.

-- A file belongs to the plan and names its task (and activity) by code, not by id: an XLSX
-- re-import with replace=true rewrites the task rows, and the files must survive it. The plan
-- service keeps the codes in step when a task is renamed and removes the files of a task or
-- activity that is deleted (modules/plans/evidence.ts).
CREATE TABLE reform_plan_evidence (
  id bigserial PRIMARY KEY,
  plan_id bigint NOT NULL REFERENCES reform_plans (id) ON DELETE CASCADE,
  task_code text NOT NULL,
  activity_code text,
  label text,
  filename text NOT NULL,
  mime text NOT NULL CHECK (mime IN (
    'application/pdf', 'image/jpeg', 'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  )),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reform_plan_evidence_work_idx ON reform_plan_evidence (plan_id, task_code, activity_code);
COMMENT ON COLUMN reform_plan_evidence.activity_code IS 'NULL: evidence of the task itself.';

ALTER TABLE communication_activities ADD COLUMN updated_by text;
ALTER TABLE communication_activities ADD COLUMN updated_at timestamptz;
COMMENT ON COLUMN communication_activities.updated_by IS 'NULL until the activity is first edited.';
