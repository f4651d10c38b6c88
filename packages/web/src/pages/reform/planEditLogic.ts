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
