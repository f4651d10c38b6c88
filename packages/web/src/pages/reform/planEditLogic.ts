import type { PlanActivityInput, PlanTaskInput, PlanTaskView } from '../../api/types';

/** A task as the PUT body: every field as it stands, so only the added activity changes. */
export function taskInput(k: PlanTaskView): PlanTaskInput {
  return {
    code: k.code,
    area: k.area,
    owner: k.owner.code,
    cooperating: k.cooperating,
    content: k.content,
    expectedOutput: k.expectedOutput,
    deadline: k.deadline,
    status: k.status,
    completedOn: k.completedOn,
    evidence: k.evidence,
    activities: k.activities.map((a) => ({
      code: a.code,
      owner: a.owner?.code ?? null,
      content: a.content,
      expectedOutput: a.expectedOutput,
      deadline: a.deadline,
      status: a.status,
      completedOn: a.completedOn,
      evidence: a.evidence,
    })),
  };
}

/** The PUT body that adds one activity to a task and leaves everything else as it is. */
export const withActivity = (task: PlanTaskView, activity: PlanActivityInput): PlanTaskInput => {
  const body = taskInput(task);
  return { ...body, activities: [...(body.activities ?? []), activity] };
};

/** The fields of a task the edit form changes (status, completion and evidence have their own dialog). */
export interface TaskFields {
  code: string;
  area: string;
  content: string;
  owner: string;
  cooperating: string[];
  expectedOutput: string | null;
  deadline: string | null;
}

/** The PUT body that changes the task's own fields and keeps its activities as they are. */
export const withTaskFields = (task: PlanTaskView, fields: TaskFields): PlanTaskInput => ({ ...taskInput(task), ...fields });

/** The fields of an activity the edit form changes; its code stays (activities are matched by code). */
export interface ActivityFields {
  content: string;
  owner: string | null;
  expectedOutput: string | null;
  deadline: string | null;
}

/** The PUT body that changes one activity (by code) and leaves the task and the others as they are. */
export function withActivityFields(task: PlanTaskView, code: string, fields: ActivityFields): PlanTaskInput {
  const body = taskInput(task);
  return { ...body, activities: (body.activities ?? []).map((a) => (a.code === code ? { ...a, ...fields } : a)) };
}

/** The PUT body without one activity (the server deletes an activity missing from the list). */
export function withoutActivity(task: PlanTaskView, code: string): PlanTaskInput {
  const body = taskInput(task);
  return { ...body, activities: (body.activities ?? []).filter((a) => a.code !== code) };
}
