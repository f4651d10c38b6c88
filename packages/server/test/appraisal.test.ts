import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPRAISAL_NOTE, seedAppraisalDemo } from '../src/modules/appraisal/demo.js';
import { appraisalResults } from '../src/modules/appraisal/service.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, readFixture, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
type Item = { code: string; scored: boolean; maxPoints: number; selfScore: number | null; appraisedScore: number | null; prefill: { value: number | null; display: string; proposedScore: number | null } | null; savedFigure: number | null; evidence: string | null };
type Issue = { field: string; reason: string };

/** Four birth registrations at Thị trấn Đức Thọ in March 2024: 2 online, 3 on time, 1 late; one rated satisfied, one dissatisfied. */
const DOSSIERS_2024 = [
  { code: '000.01.40.H25-240304-0001', channel: 'online', events: [['submitted', '2024-03-04T08:00'], ['received', '2024-03-04T09:00'], ['resolved', '2024-03-04T15:00'], ['result_returned', '2024-03-05T09:00', { via: 'counter' }], ['rated', '2024-03-05T10:00', { level: 'satisfied' }]] },
  { code: '000.01.40.H25-240305-0002', channel: 'direct', events: [['received', '2024-03-05T09:00'], ['resolved', '2024-03-05T10:00']] },
  { code: '000.01.40.H25-240306-0003', channel: 'online', events: [['submitted', '2024-03-06T08:00'], ['received', '2024-03-06T09:00'], ['resolved', '2024-03-06T11:00']] },
  { code: '000.01.40.H25-240307-0004', channel: 'direct', events: [['received', '2024-03-07T09:00'], ['resolved', '2024-03-12T09:00'], ['result_returned', '2024-03-12T10:00', { via: 'counter' }], ['rated', '2024-03-12T11:00', { level: 'dissatisfied' }]] },
] as const;
const jsonl = DOSSIERS_2024.map((d) =>
  JSON.stringify({
    code: d.code,
    unit: '18229',
    procedure: '1.001193',
    channel: d.channel,
    applicant: { name: 'Nguyễn Văn An', idNumber: '042100780963', phone: '0965479012' },
    events: d.events.map(([type, at, extra]) => ({ type, at: `${at}:00+07:00`, ...(extra ?? {}) })),
  }),
).join('\n');

const task = (code: string, status: 'done' | 'in_progress') => ({
  code,
  area: 'direction',
  owner: '18229',
  content: `Nhiệm vụ ${code} của thị trấn`,
  deadline: '2024-06-30',
  status,
  ...(status === 'done' ? { completedOn: '2024-05-10' } : {}),
});

describe(`commune reform-index appraisal (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  let id = 0;
  let setId = 0;
  let items: Item[] = [];
  const leaves = () => items.filter((i) => i.scored);
  /** Every scored criterion: max minus `minus` (never below 0). */
  const all = (minus: (i: Item, k: number) => number, extra: Record<string, unknown> = {}): Record<string, Record<string, unknown>> =>
    Object.fromEntries(leaves().map((i, k) => [i.code, { score: Math.max(0, i.maxPoints - minus(i, k)), ...extra }]));

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.handle.db;
    await setupDeployment(db, demoOrganisation());
    await seedDemoUsers(db);
    await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
    const imp = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: jsonl });
    if (imp.statusCode !== 200) throw new Error(imp.body);
    await seedAppraisalDemo(db);
    for (const u of ['noivu.ductho', 'lanhdao.ductho', 'quantri.ductho', 'truongphong.tuphap', 'motcua.ductho', 'cchc.thitran', 'lanhdao.thitran', 'motcua.thitran', 'cchc.truongson']) {
      as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
    }
    const plan = await as['cchc.thitran']!({
      method: 'POST',
      url: '/api/plans',
      payload: { unit: '18229', year: 2024, documentNumber: '05/KH-UBND', documentDate: '2024-01-15', title: 'Kế hoạch CCHC thị trấn năm 2024', tasks: [task('1', 'done'), task('2', 'done'), task('3', 'done'), task('4', 'in_progress')] },
    });
    if (plan.statusCode !== 201) throw new Error(plan.body);
  }, 240_000);
  afterAll(() => t?.close());

  it('the template: 9 areas, 34 criteria, 70 + 30 points, texts marked to complete', async () => {
    const tpl = (await as['noivu.ductho']!('/api/appraisal-sets/template')).json();
    expect(tpl).toMatchObject({ criteriaMax: 70, surveyMax: 30, criteriaCount: 34, scoredCount: 34 });
    expect(tpl.areas).toHaveLength(9);
    expect(tpl.areas.reduce((s: number, a: { maxPoints: number }) => s + a.maxPoints, 0)).toBe(70);
    expect(tpl.pendingTexts).toBeGreaterThanOrEqual(34);
    expect(tpl.name).toContain('cần hoàn thiện theo văn bản');
  });

  it('criteria sets: maxima must add up, codes unique, survey 30 — 400 with field and reason, nothing stored', async () => {
    const tpl = (await as['noivu.ductho']!('/api/appraisal-sets/template')).json();
    const post = (areas: unknown, extra: Record<string, unknown> = {}) => as['noivu.ductho']!({ method: 'POST', url: '/api/appraisal-sets', payload: { unit: '440', year: 2024, areas, ...extra } });
    const bad = structuredClone(tpl.areas);
    bad[0].criteria[0].maxPoints = 2; // area 1: 9,5 ≠ 10
    bad[1].criteria[1].code = '1.1';
    let res = await post(bad, { surveyMax: 20 });
    expect(res.statusCode).toBe(400);
    const issues = res.json().issues as Issue[];
    expect(issues).toContainEqual({ field: 'body.areas.0.maxPoints', reason: 'criteria maxima sum to 9.5, not 10' });
    expect(issues).toContainEqual({ field: 'body.areas.1.criteria.1.code', reason: 'duplicate code 1.1 (also areas.0.criteria.0.code)' });
    expect(issues).toContainEqual({ field: 'body.surveyMax', reason: 'must be 30 (70 points of criteria + 30 of the survey)' });
    res = await post([{ code: '1', name: 'x', maxPoints: 70, criteria: [{ code: '1.1', name: 'y', maxPoints: 70.1 }] }]);
    expect(res.json().issues).toContainEqual({ field: 'body.areas.0.criteria.0.maxPoints', reason: 'must be a multiple of 0.25' });
    expect((await as['noivu.ductho']!('/api/appraisal-sets?unit=440&year=2024')).json().items).toHaveLength(0);
    // Outside the scope: a commune's reform officer cannot create the district's set; a desk officer has no access.
    expect((await as['cchc.thitran']!({ method: 'POST', url: '/api/appraisal-sets', payload: { unit: '440', year: 2024 } })).statusCode).toBe(404);
    expect((await as['motcua.ductho']!({ method: 'POST', url: '/api/appraisal-sets', payload: { unit: '440', year: 2024 } })).statusCode).toBe(403);
    expect((await as['noivu.ductho']!({ method: 'POST', url: '/api/appraisal-sets', payload: { unit: '18229', year: 2024 } })).json().issues).toEqual([
      { field: 'body.unit', reason: 'criteria sets and appraisal rounds belong to a district (or a province)' },
    ]);
    // From the template, then edited: a sub-criterion split and a threshold rule.
    res = await as['noivu.ductho']!({ method: 'POST', url: '/api/appraisal-sets', payload: { unit: '440', year: 2024 } });
    expect(res.statusCode).toBe(201);
    const set = res.json();
    setId = set.id;
    expect(set).toMatchObject({ unit: { code: '440' }, year: 2024, criteriaCount: 34, scoredCount: 34, editable: true, maxTotal: 100 });
    const edited = structuredClone(set.areas);
    edited[1].criteria[0] = { code: '2.1', name: 'Xây dựng, ban hành văn bản', maxPoints: 2, subCriteria: [{ code: '2.1.a', name: 'Ban hành đúng thẩm quyền', maxPoints: 1.25 }, { code: '2.1.b', name: 'Đúng trình tự', maxPoints: 0.5 }] };
    res = await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisal-sets/${setId}`, payload: { name: set.name, surveyMax: 30, areas: edited } });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ field: 'body.areas.1.criteria.0.maxPoints', reason: 'sub-criteria maxima sum to 1.75, not 2' }]);
    edited[1].criteria[0].subCriteria[1].maxPoints = 0.75;
    edited[2].criteria[1].thresholds = [{ atLeast: 100, points: 3 }, { atLeast: 70, points: 2 }];
    res = await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisal-sets/${setId}`, payload: { name: set.name, surveyMax: 30, areas: edited } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ criteriaCount: 34, scoredCount: 35 });
    // The demo's 2023 set is behind a published result: locked.
    const demoSet = (await as['noivu.ductho']!('/api/appraisal-sets?unit=440&year=2023')).json().items[0];
    expect(demoSet.editable).toBe(false);
    const locked = await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisal-sets/${demoSet.id}`, payload: { name: 'x', surveyMax: 30, areas: set.areas } });
    expect(locked.statusCode).toBe(409);
  });

  it('opens the 2024 round for the 16 communes with its council (accounts checked)', async () => {
    const body = (council: unknown[]) => ({ method: 'POST' as const, url: '/api/appraisals', payload: { district: '440', year: 2024, decision: '15/QĐ-UBND ngày 05/01/2025', council } });
    const chair = { name: 'Võ Minh Đức', role: 'Chủ tịch Hội đồng', position: 'Phó Chủ tịch UBND huyện', username: 'lanhdao.ductho' };
    let res = await as['noivu.ductho']!(body([chair, { name: 'Ai đó', role: 'Thành viên', username: 'khong.co' }]));
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ field: 'body.council.1.username', reason: 'no account khong.co' }]);
    expect((await as['lanhdao.ductho']!(body([chair]))).statusCode).toBe(403); // leaders chair the council; the reform officer opens the round
    expect((await as['cchc.thitran']!(body([chair]))).statusCode).toBe(404);
    res = await as['noivu.ductho']!(body([chair, { name: 'Hoàng Thị Thu', role: 'Thư ký Hội đồng' }]));
    expect(res.statusCode).toBe(201);
    const round = res.json();
    id = round.id;
    expect(round).toMatchObject({ status: 'open', year: 2024, partial: false, counts: { self_assessment: 16, submitted: 0, appraised: 0 }, set: { id: setId, scoredCount: 35 } });
    expect(round.entries).toHaveLength(16);
    expect((await as['noivu.ductho']!(body([chair]))).statusCode).toBe(409);
    expect((await as['noivu.ductho']!({ method: 'POST', url: '/api/appraisals', payload: { district: '440', year: 2021, council: [] } })).statusCode).toBe(422);
  });

  it('before publication a commune sees only its own entry and scores', async () => {
    const mine = (await as['cchc.thitran']!(`/api/appraisals/${id}`)).json();
    expect(mine.partial).toBe(true);
    expect(mine.entries.map((e: { unit: { code: string } }) => e.unit.code)).toEqual(['18229']);
    expect(mine.can).toMatchObject({ appraise: false, publish: false, selfAssess: ['18229'] });
    expect((await as['cchc.thitran']!(`/api/appraisals/${id}/units/18244`)).statusCode).toBe(404);
    expect((await as['cchc.truongson']!(`/api/appraisals/${id}/units/18229`)).statusCode).toBe(404);
    const results = (await as['cchc.thitran']!(`/api/appraisals/${id}/results`)).json();
    expect(results).toMatchObject({ partial: true, provisional: true, average: null });
    expect(results.items).toHaveLength(1);
    expect(results.items[0].rank).toBeNull();
    const list = (await as['cchc.thitran']!('/api/appraisals')).json().items;
    expect(list.map((r: { year: number; partial: boolean }) => `${r.year}:${r.partial}`).sort()).toEqual(['2022:false', '2023:false', '2024:true']);
    expect((await as['noivu.ductho']!(`/api/appraisals/${id}`)).json().entries).toHaveLength(16);
  });

  it('prefill: the figures MotCua knows, with the proposed scores; the commune fills and adjusts', async () => {
    const entry = (await as['cchc.thitran']!(`/api/appraisals/${id}/units/18229`)).json();
    items = entry.items;
    const item = (code: string) => items.find((i) => i.code === code)!;
    expect(item('3.2').prefill).toMatchObject({ value: 75, display: '75,00% (3/4)', proposedScore: 2 }); // threshold: ≥ 70% → 2
    expect(item('7.3').prefill).toMatchObject({ value: 50, display: '50,00% (2/4)', proposedScore: 1.25 }); // proportional: 2,5 × 50%
    expect(item('8.3').prefill).toMatchObject({ value: 50, display: '50,00% (1/2)', proposedScore: 1 });
    expect(item('3.4').prefill).toMatchObject({ value: 0, proposedScore: 0 });
    expect(item('1.2').prefill).toMatchObject({ value: 75, display: '75,00% (3/4)', proposedScore: 2.25 });
    expect(item('1.4').prefill).toMatchObject({ value: null, proposedScore: null, display: 'Không có nhiệm vụ đến hạn' });
    expect(item('1.1').prefill).toBeNull();
    const filled = (await as['cchc.thitran']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/prefill` })).json();
    const f = (code: string) => (filled.items as Item[]).find((i) => i.code === code)!;
    expect([f('3.2').selfScore, f('7.3').selfScore, f('1.2').selfScore, f('1.4').selfScore, f('1.1').selfScore]).toEqual([2, 1.25, 2.25, null, null]);
    expect(f('3.2').savedFigure).toBe(75);
    expect(f('3.2').evidence).toContain('75,00% (3/4)');
    expect(filled.history.map((h: { action: string }) => h.action)).toEqual(['prefilled']);
  });

  it('self-assessment: only the commune, scores on the 0,25 step within the maximum, all or nothing', async () => {
    const put = (who: string, scores: Record<string, unknown>, unit = '18229') => as[who]!({ method: 'PUT', url: `/api/appraisals/${id}/units/${unit}/self`, payload: { scores } });
    expect((await put('motcua.thitran', { '1.1': { score: 1 } })).statusCode).toBe(403);
    expect((await put('noivu.ductho', { '1.1': { score: 1 } })).statusCode).toBe(403);
    expect((await put('cchc.truongson', { '1.1': { score: 1 } })).statusCode).toBe(404);
    let res = await put('cchc.thitran', { '1.1': { score: 2.6 }, '1.3': { score: 2 }, '2.1': { score: 1 }, zz: { score: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([
      { field: 'body.scores.1.1.score', reason: 'must not exceed the maximum 2.5' },
      { field: 'body.scores.1.3.score', reason: 'must not exceed the maximum 1.5' },
      { field: 'body.scores.2.1', reason: 'not a scored criterion of the set' },
      { field: 'body.scores.zz', reason: 'not a scored criterion of the set' },
    ]);
    res = await put('cchc.thitran', { '1.1': { score: 1.1 } });
    expect(res.json().issues).toEqual([{ field: 'body.scores.1.1.score', reason: 'must be a multiple of 0.25' }]);
    expect(((await as['cchc.thitran']!(`/api/appraisals/${id}/units/18229`)).json().items as Item[]).find((i) => i.code === '1.1')!.selfScore).toBeNull();
    // Submitting with gaps: 422 naming them.
    res = await as['lanhdao.thitran']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/submit` });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toContainEqual({ field: 'scores.1.1', reason: 'not self-scored yet' });
    // The whole self-assessment with evidence and a link to MotCua data; the prefilled 3.2 adjusted.
    const scores = all((i) => (i.code === '5.3' ? 0.5 : 0), { evidence: 'Báo cáo số 12/BC-UBND', links: [{ label: 'Bảng điều hành', url: '/dieu-hanh' }] });
    scores['3.2'] = { score: 2.5, note: 'Hồ sơ quá hạn có văn bản xin lỗi' };
    res = await put('cchc.thitran', scores);
    expect(res.statusCode).toBe(200);
    const entry = res.json();
    expect(entry.selfTotal).toBe(69); // 70 − 0,5 (5.3) − 0,5 (3.2)
    expect(entry.areas.find((a: { code: string }) => a.code === '2')).toMatchObject({ selfTotal: 6 });
    expect((entry.items as Item[]).find((i) => i.code === '2.1')!.selfScore).toBe(2); // sum of its sub-criteria
    expect(entry.items.find((i: Item) => i.code === '5.1').links).toEqual([{ label: 'Bảng điều hành', url: '/dieu-hanh' }]);
    res = await put('cchc.thitran', { '5.1': { links: [{ label: 'x', url: 'javascript:alert(1)' }] } });
    expect(res.statusCode).toBe(400);
    res = await as['lanhdao.thitran']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/submit` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', can: { selfAssess: false } });
    expect((await put('cchc.thitran', { '1.1': { score: 1 } })).statusCode).toBe(409);
  });

  it('the council appraises: council members and the district reform officer; returns and reopens are logged', async () => {
    const appraise = (who: string, scores: Record<string, unknown>, unit = '18229') => as[who]!({ method: 'PUT', url: `/api/appraisals/${id}/units/${unit}/appraisal`, payload: { scores } });
    expect((await appraise('cchc.thitran', { '1.1': { score: 2 } })).statusCode).toBe(403);
    expect((await appraise('truongphong.tuphap', { '1.1': { score: 2 } })).statusCode).toBe(403); // district staff, not on the council
    expect((await appraise('lanhdao.ductho', { '1.1': { score: 3 } })).json().issues).toEqual([{ field: 'body.scores.1.1.score', reason: 'must not exceed the maximum 2.5' }]);
    // The chair (a council member by account) appraises everything: 0,25 off 1.1 with a comment.
    const scores = all((i) => (i.code === '5.3' ? 0.5 : 0));
    scores['3.2'] = { score: 2 };
    scores['1.1'] = { score: 2.25, comment: 'Kế hoạch ban hành chậm' };
    let res = await appraise('lanhdao.ductho', scores);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ selfTotal: 69, appraisedTotal: 68.25 });
    const one = (res.json().items as Array<Item & { comment: string | null }>).find((i) => i.code === '1.1')!;
    expect(one).toMatchObject({ selfScore: 2.5, appraisedScore: 2.25, comment: 'Kế hoạch ban hành chậm' });
    res = await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/complete` });
    expect(res.json()).toMatchObject({ status: 'appraised', can: { reopen: true, appraise: false } });
    // Reopened for the council (reason required, logged), then completed again.
    expect((await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/reopen`, payload: { reason: 'x' } })).statusCode).toBe(400);
    res = await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/reopen`, payload: { reason: 'Bổ sung tài liệu kiểm chứng tiêu chí 1.1' } });
    expect(res.json().status).toBe('submitted');
    expect(res.json().history.find((h: { action: string }) => h.action === 'reopened_unit')).toMatchObject({ actor: 'noivu.ductho', reason: 'Bổ sung tài liệu kiểm chứng tiêu chí 1.1' });
    await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/units/18229/complete` });

    // Xã Trường Sơn submits; the council sends it back with a reason; it submits again.
    const self = all((i) => (i.code === '5.3' ? 0.5 : 0));
    self['3.2'] = { score: 2.5 };
    expect((await as['cchc.truongson']!({ method: 'PUT', url: `/api/appraisals/${id}/units/18244/self`, payload: { scores: self } })).statusCode).toBe(200);
    expect((await as['cchc.truongson']!({ method: 'POST', url: `/api/appraisals/${id}/units/18244/submit` })).statusCode).toBe(200);
    res = await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/units/18244/return`, payload: { reason: 'Thiếu tài liệu kiểm chứng lĩnh vực 5' } });
    expect(res.json().status).toBe('self_assessment');
    const history = (await as['cchc.truongson']!(`/api/appraisals/${id}/units/18244`)).json().history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['self_scores', 'submitted', 'returned']);
    expect(history[2]).toMatchObject({ reason: 'Thiếu tài liệu kiểm chứng lĩnh vực 5', actor: 'noivu.ductho', actorName: 'Hoàng Thị Thu (Phòng Nội vụ)' });
    await as['cchc.truongson']!({ method: 'POST', url: `/api/appraisals/${id}/units/18244/submit` });
    // Same appraised scores as Thị trấn Đức Thọ: the two will tie.
    expect((await appraise('noivu.ductho', scores, '18244')).statusCode).toBe(200);
    expect((await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/units/18244/complete` })).statusCode).toBe(200);
  });

  it('publish: every commune appraised with a survey score; the ranking ties, the change against 2023', async () => {
    const round = (await as['noivu.ductho']!(`/api/appraisals/${id}`)).json();
    // The other 14 communes, through the API token (a system actor may do every step).
    const others = round.entries.map((e: { unit: { code: string } }) => e.unit.code).filter((c: string) => c !== '18229' && c !== '18244');
    for (const [k, code] of others.entries()) {
      const scores = all((_i, j) => ((j + k) % 5 === 0 ? 0.25 * (k % 3) : 0));
      expect((await t.inject({ method: 'PUT', url: `/api/appraisals/${id}/units/${code}/self`, payload: { scores } })).statusCode).toBe(200);
      await t.inject({ method: 'POST', url: `/api/appraisals/${id}/units/${code}/submit` });
      expect((await t.inject({ method: 'PUT', url: `/api/appraisals/${id}/units/${code}/appraisal`, payload: { scores } })).statusCode).toBe(200);
      expect((await t.inject({ method: 'POST', url: `/api/appraisals/${id}/units/${code}/complete` })).statusCode).toBe(200);
    }
    let res = await as['lanhdao.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/publish` });
    expect(res.statusCode).toBe(422);
    expect(res.json().issues).toContainEqual({ field: 'survey.18229', reason: 'Thị trấn Đức Thọ: no survey score' });
    const survey = Object.fromEntries(round.entries.map((e: { unit: { code: string } }, k: number) => [e.unit.code, 24 + (k % 5)]));
    survey['18229'] = 26.5;
    survey['18244'] = 26.5;
    res = await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisals/${id}/survey`, payload: { scores: { ...survey, '18229': 30.5 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ field: 'body.scores.18229', reason: 'must not exceed the maximum 30' }]);
    expect((await as['cchc.thitran']!({ method: 'PUT', url: `/api/appraisals/${id}/survey`, payload: { scores: { '18229': 30 } } })).statusCode).toBe(403);
    expect((await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisals/${id}/survey`, payload: { scores: survey } })).statusCode).toBe(200);
    // The log names the survey entry, but a commune does not read the others' scores in it before publication.
    const log = (await as['cchc.thitran']!(`/api/appraisals/${id}`)).json().history.find((h: { action: string }) => h.action === 'survey');
    expect(log.detail).toEqual({});
    expect((await as['cchc.thitran']!({ method: 'POST', url: `/api/appraisals/${id}/publish` })).statusCode).toBe(403);
    expect((await as['truongphong.tuphap']!({ method: 'POST', url: `/api/appraisals/${id}/publish` })).statusCode).toBe(403);
    res = await as['lanhdao.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/publish` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', publishedBy: 'lanhdao.ductho' });
    // The log names people by their full name; a script keeps its stored label.
    const roundLog = (await as['noivu.ductho']!(`/api/appraisals/${id}`)).json().history as Array<{ action: string; actor: string; actorName: string }>;
    expect(roundLog.at(-1)).toMatchObject({ action: 'published', actor: 'lanhdao.ductho', actorName: 'Võ Minh Đức' });
    expect(roundLog.find((h) => h.actor === 'api-token')).toMatchObject({ actorName: 'api-token' });

    const r = (await as['noivu.ductho']!(`/api/appraisals/${id}/results`)).json();
    expect(r).toMatchObject({ status: 'published', provisional: false, partial: false, previousYear: { year: 2023 } });
    expect(r.items).toHaveLength(16);
    const a = r.items.find((x: { unit: { code: string } }) => x.unit.code === '18229');
    const b = r.items.find((x: { unit: { code: string } }) => x.unit.code === '18244');
    expect(a).toMatchObject({ criteriaScore: 68.25, surveyScore: 26.5, total: 94.75, selfTotal: 69 });
    expect(a.rank).toBe(b.rank);
    expect(r.items.filter((x: { rank: number }) => x.rank === a.rank)).toHaveLength(2);
    // Competition ranking: each rank = 1 + the number of communes strictly ahead.
    for (const x of r.items) expect(x.rank).toBe(1 + r.items.filter((y: { total: number }) => y.total > x.total).length);
    const prev = await appraisalResults(t.handle.db, '440', 2023);
    const p = prev!.items.find((x) => x.unit.code === '18229')!;
    expect(a.previous).toEqual({ total: p.total, rank: p.rank });
    expect(a.change).toBeCloseTo(94.75 - p.total, 9);
    expect(a.rankChange).toBe(p.rank! - a.rank);
    expect(r.average.total).toBeCloseTo(r.items.reduce((s: number, x: { total: number }) => s + x.total, 0) / 16, 2);
    // Published: locked for everyone, set included.
    expect((await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisals/${id}/units/18229/appraisal`, payload: { scores: { '1.1': { score: 2.5 } } } })).statusCode).toBe(409);
    expect((await as['noivu.ductho']!({ method: 'PUT', url: `/api/appraisal-sets/${setId}`, payload: { name: 'x', surveyMax: 30, areas: (await t.inject(`/api/appraisal-sets/${setId}`)).json().areas } })).statusCode).toBe(409);
  });

  it('after publication a commune sees every result of its district', async () => {
    const round = (await as['cchc.thitran']!(`/api/appraisals/${id}`)).json();
    expect(round.partial).toBe(false);
    expect(round.entries).toHaveLength(16);
    expect((await as['cchc.thitran']!(`/api/appraisals/${id}/units/18244`)).statusCode).toBe(200);
    const r = (await as['cchc.thitran']!(`/api/appraisals/${id}/results`)).json();
    expect(r.items).toHaveLength(16);
    expect(r.items.every((x: { rank: number | null }) => x.rank !== null)).toBe(true);
    expect(r.average).not.toBeNull();
  });

  it('reopening a published round needs a reason, is logged, and hides the others from communes again', async () => {
    expect((await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/reopen`, payload: { reason: 'sửa' } })).statusCode).toBe(400);
    expect((await as['cchc.thitran']!({ method: 'POST', url: `/api/appraisals/${id}/reopen`, payload: { reason: 'Sửa điểm khảo sát' } })).statusCode).toBe(403);
    const res = await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/reopen`, payload: { reason: 'Điều chỉnh điểm điều tra xã hội học theo kết quả phúc tra' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('open');
    const last = res.json().history.at(-1);
    expect(last).toMatchObject({ action: 'reopened', actor: 'noivu.ductho', reason: 'Điều chỉnh điểm điều tra xã hội học theo kết quả phúc tra', detail: { publishedBy: 'lanhdao.ductho' } });
    expect((await as['cchc.thitran']!(`/api/appraisals/${id}/units/18244`)).statusCode).toBe(404);
    expect((await as['cchc.thitran']!(`/api/appraisals/${id}`)).json().history.some((h: { action: string }) => h.action === 'reopened')).toBe(true);
    expect((await as['noivu.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/reopen`, payload: { reason: 'Mở lại lần nữa' } })).statusCode).toBe(409);
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: `/api/appraisals/${id}/publish` })).statusCode).toBe(200);
  });

  it('XLSX: numbers as numbers, totals and ranks as formulas with their values', async () => {
    const res = await as['noivu.ductho']!(`/api/appraisals/${id}/results.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const r = (await as['noivu.ductho']!(`/api/appraisals/${id}/results`)).json();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Kết quả')!;
    expect(ws.getCell('C5').value).toBe('Điểm tối đa');
    expect(ws.getCell('D5').value).toBe(10);
    const first = r.items[0];
    expect(ws.getCell('B6').value).toBe(first.unit.code);
    expect(typeof ws.getCell('D6').value).toBe('number');
    expect(ws.getCell('D6').value).toBe(first.byArea['1']);
    expect(ws.getCell('M6').value).toEqual({ formula: 'SUM(D6:L6)', result: first.criteriaScore });
    expect(ws.getCell('N6').value).toBe(first.surveyScore);
    expect(ws.getCell('O6').value).toEqual({ formula: 'M6+N6', result: first.total });
    expect(ws.getCell('P6').value).toEqual({ formula: 'RANK(O6,$O$6:$O$21)', result: first.rank });
    expect(ws.getCell('Q6').value).toBe(first.previous.total);
    expect((ws.getCell('R6').value as { formula: string }).formula).toBe('O6-Q6');
    expect(ws.getCell('C22').value).toBe('Bình quân của huyện');
    expect(ws.getCell('O22').value).toEqual({ formula: 'ROUND(AVERAGE(O6:O21),2)', result: r.average.total });
    const wd = wb.getWorksheet('Chi tiết')!;
    expect(wd.getCell('A2').value).toBe('1');
    expect((wd.getCell('C2').value as { formula: string; result: number }).result).toBe(10);
    expect((wd.getCell('C2').value as { formula: string }).formula).toMatch(/^SUM\(C3,C4,C5,C6\)$/);
    expect(typeof wd.getCell('D3').value).toBe('number');
  });

  it('every endpoint is in the OpenAPI document', async () => {
    const paths = Object.keys((await t.inject('/docs/json')).json().paths as Record<string, unknown>).filter((p) => p.includes('apprais'));
    expect(paths.sort()).toEqual([
      '/api/appraisal-sets',
      '/api/appraisal-sets/template',
      '/api/appraisal-sets/{id}',
      '/api/appraisals',
      '/api/appraisals/results',
      '/api/appraisals/{id}',
      '/api/appraisals/{id}/publish',
      '/api/appraisals/{id}/reopen',
      '/api/appraisals/{id}/results',
      '/api/appraisals/{id}/results.xlsx',
      '/api/appraisals/{id}/survey',
      '/api/appraisals/{id}/units/{unit}',
      '/api/appraisals/{id}/units/{unit}/appraisal',
      '/api/appraisals/{id}/units/{unit}/complete',
      '/api/appraisals/{id}/units/{unit}/prefill',
      '/api/appraisals/{id}/units/{unit}/reopen',
      '/api/appraisals/{id}/units/{unit}/return',
      '/api/appraisals/{id}/units/{unit}/self',
      '/api/appraisals/{id}/units/{unit}/submit',
    ]);
  });

  it('demo: the 2023 results of Đức Thọ for the report (illustrative), with 2022 to compare; none for 2021', async () => {
    const r = await appraisalResults(t.handle.db, '440', 2023);
    expect(r).toMatchObject({ year: 2023, status: 'published', district: { code: '440' }, previousYear: { year: 2022 }, note: DEMO_APPRAISAL_NOTE, maxTotal: 100 });
    expect(r!.items).toHaveLength(16);
    expect(r!.items.every((x) => x.total > 60 && x.total <= 100 && x.previous !== null && x.change !== null)).toBe(true);
    expect(r!.items[0]!.rank).toBe(1);
    expect(await appraisalResults(t.handle.db, '440', 2021)).toBeNull();
    expect((await as['lanhdao.ductho']!('/api/appraisals/results?unit=440&year=2023')).json().items).toHaveLength(16);
    expect((await as['lanhdao.ductho']!('/api/appraisals/results?unit=440&year=2021')).statusCode).toBe(404);
    // Deterministic: seeding again changes nothing.
    expect(await seedAppraisalDemo(t.handle.db)).toBe(0);
    expect((await appraisalResults(t.handle.db, '440', 2023))!.items).toEqual(r!.items);
  });
});
