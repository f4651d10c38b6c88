import { describe, expect, it } from 'vitest';
import type { PlanTaskView } from '../../api/types';
import { withActivity } from './planEditLogic';

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
