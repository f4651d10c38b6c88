import { describe, expect, it } from 'vitest';
import type { PlanTaskView } from '../../api/types';
import { taskInput, withActivity, withActivityFields, withoutActivity, withTaskFields } from './planEditLogic';

const task: PlanTaskView = {
  id: 7,
  code: '2',
  content: 'Rà soát TTHC',
  expectedOutput: 'Báo cáo',
  deadline: '2023-06-30',
  status: 'done',
  completedOn: '2023-06-01',
  evidence: '12/BC-UBND',
  area: 'procedures',
  areaLabel: 'Cải cách thủ tục hành chính',
  owner: { code: '440-NV', name: 'Phòng Nội vụ' },
  cooperating: ['Văn phòng HĐND-UBND'],
  activities: [
    { id: 3, code: 'a', content: 'Lập danh mục', expectedOutput: null, deadline: null, status: 'in_progress', completedOn: null, evidence: null, owner: null },
  ],
};

describe('withActivity', () => {
  it('keeps the task and its activities as they are and appends the new one', () => {
    const body = withActivity(task, { code: 'b', owner: '440-TP', content: 'Công bố', deadline: '2023-05-01' });
    expect(body).toMatchObject({ code: '2', area: 'procedures', owner: '440-NV', cooperating: ['Văn phòng HĐND-UBND'], status: 'done', completedOn: '2023-06-01', evidence: '12/BC-UBND' });
    expect(body.activities).toEqual([
      { code: 'a', owner: null, content: 'Lập danh mục', expectedOutput: null, deadline: null, status: 'in_progress', completedOn: null, evidence: null },
      { code: 'b', owner: '440-TP', content: 'Công bố', deadline: '2023-05-01' },
    ]);
  });
});

describe('task and activity edits', () => {
  const twoActivities: PlanTaskView = {
    ...task,
    status: 'in_progress',
    completedOn: null,
    activities: [
      ...task.activities,
      { id: 4, code: 'b', content: 'Công bố', expectedOutput: 'Quyết định', deadline: '2023-05-01', status: 'done', completedOn: '2023-04-20', evidence: 'QĐ 12', owner: { code: '440-TP', name: 'Phòng Tư pháp' } },
    ],
  };

  it('withTaskFields changes the task fields only; status, evidence and activities stay', () => {
    const body = withTaskFields(twoActivities, { code: '2.1', area: 'institutions', content: 'Rà soát VBQPPL', owner: '440-TP', cooperating: [], expectedOutput: null, deadline: null });
    expect(body).toMatchObject({ code: '2.1', area: 'institutions', content: 'Rà soát VBQPPL', owner: '440-TP', cooperating: [], expectedOutput: null, deadline: null, status: 'in_progress', evidence: '12/BC-UBND' });
    expect(body.activities?.map((a) => a.code)).toEqual(['a', 'b']);
  });

  it('withActivityFields changes one activity by code and keeps its status and evidence', () => {
    const body = withActivityFields(twoActivities, 'b', { content: 'Công bố danh mục', owner: null, expectedOutput: null, deadline: '2023-05-15' });
    expect(body.activities?.[0]).toEqual(taskInput(twoActivities).activities?.[0]);
    expect(body.activities?.[1]).toEqual({ code: 'b', owner: null, content: 'Công bố danh mục', expectedOutput: null, deadline: '2023-05-15', status: 'done', completedOn: '2023-04-20', evidence: 'QĐ 12' });
    expect(body.content).toBe('Rà soát TTHC');
  });

  it('withoutActivity drops one activity by code', () => {
    expect(withoutActivity(twoActivities, 'a').activities?.map((a) => a.code)).toEqual(['b']);
  });
});
