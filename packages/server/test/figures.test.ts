import { computeRate, previousPeriodName, validateCatalogue, validateFigureValues, type FigureDefinition } from '@motcua/core';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { DEMO_FIGURES_2023_H1, seedReformRecordsDemo } from '../src/modules/reform-records/demo.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
type Figure = { code: string; value: number | null; display: string | null; previous: number | null; previousDisplay: string | null };
const fig = (form: { figures: Figure[] }, code: string) => form.figures.find((f) => f.code === code)!;

describe('figure rules (core)', () => {
  it('rates half-up to 2 decimals: 54,020/146,250 = 36,94 (the seed truncates to 36,93)', () => {
    expect(computeRate(54.02, 146.25)).toBe(36.94);
    expect(computeRate(39.278, 80.5)).toBe(48.79);
    expect(computeRate(14.742, 65.75)).toBe(22.42);
    expect(computeRate(16, 60)).toBe(26.67);
    expect(computeRate(1, 0)).toBeNull();
    expect(computeRate(null, 5)).toBeNull();
  });
  it('previous periods', () => {
    expect(['2023-H1', '2023-H2', '2023-Q1', '2023-Q3', '2023-M01', '2023-M10', '2023', '2023-9M'].map(previousPeriodName)).toEqual([
      '2022-H2', '2023-H1', '2022-Q4', '2023-Q2', '2022-M12', '2023-M09', '2022', '2022-9M',
    ]);
  });
  it('catalogue and value rules', () => {
    const defs: FigureDefinition[] = [
      { code: 'a', name: 'A', section: 's', measure: 'người', kind: 'count', decimals: 0 },
      { code: 'a.x', name: 'x', section: 's', measure: 'người', kind: 'count', decimals: 0, parent: 'a' },
      { code: 'a.y', name: 'y', section: 's', measure: 'đồng', kind: 'amount', decimals: 0, parent: 'a' },
      { code: 'r', name: 'r', section: 's', measure: '%', kind: 'rate', decimals: 2, numerator: 'a.x', denominator: 'q' },
    ];
    expect(validateCatalogue(defs).map((i) => i.reason)).toEqual(['a is measured in người, not đồng', 'unknown figure q']);
    const ok = defs.slice(0, 2);
    expect(validateFigureValues(ok, { a: 3, 'a.x': 4 })).toEqual([{ field: 'values.a', reason: 'parts (a.x = 4) exceed the total 3' }]);
    expect(validateFigureValues(ok, { a: 3, 'a.x': 3 })).toEqual([]);
    expect(validateFigureValues(ok, { a: 1.5, 'a.x': -1, zz: 1 }).map((i) => i.field)).toEqual(['values.a', 'values.a.x', 'values.zz']);
  });
});

describe(`periodic figures: forms, lock and unlock (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    await seedReformRecordsDemo(t.handle.db);
    for (const u of ['noivu.ductho', 'motcua.ductho', 'lanhdao.ductho', 'truongphong.tuphap', 'lanhdao.thitran', 'admin']) as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
  }, 120_000);
  afterAll(() => t?.close());

  it('the catalogue is data: versioned, valid, rates defined from two figures', async () => {
    const c = (await as['lanhdao.ductho']!('/api/figures/catalogue')).json();
    // Version 1 is the initial catalogue (migration 0006); 0011 added the portal's dossier count.
    expect(c.version).toBe(2);
    expect(c.definitions.find((d: FigureDefinition) => d.code === 'egov.portal_dossiers')).toMatchObject({ kind: 'count', measure: 'hồ sơ' });
    expect(validateCatalogue(c.definitions)).toEqual([]);
    expect(c.definitions.find((d: FigureDefinition) => d.code === 'invest.rate')).toMatchObject({ kind: 'rate', numerator: 'invest.disbursed', denominator: 'invest.plan', measure: '%' });
    expect(c.definitions.find((d: FigureDefinition) => d.code === 'invest.plan_district')).toMatchObject({ parent: 'invest.plan', measure: 'tỷ đồng' });
  });

  it('demo: every section-II figure of the seed on a locked 2023-H1 form, rates computed half-up', async () => {
    const form = (await as['lanhdao.ductho']!('/api/figures/forms/440/2023-H1')).json();
    expect(form).toMatchObject({ unit: '440', period: '2023-H1', from: '2022-12-15', to: '2023-06-14', previousPeriod: '2022-H2', status: 'locked', lockedBy: 'demo', exists: true });
    const typed = form.figures.filter((f: Figure & { kind: string }) => f.kind !== 'rate' && f.value !== null).length;
    expect(typed).toBe(Object.keys(DEMO_FIGURES_2023_H1).length);
    expect(fig(form, 'invest.rate')).toMatchObject({ value: 36.94, display: '36,94%' });
    expect(fig(form, 'invest.rate_district')).toMatchObject({ value: 48.79, display: '48,79%' });
    expect(fig(form, 'invest.rate_commune')).toMatchObject({ value: 22.42, display: '22,42%' });
    expect(fig(form, 'invest.disbursed').display).toBe('54,020');
    expect(fig(form, 'violations.fines').display).toBe('397.346.000');
    expect(fig(form, 'violations.cases').value).toBe(14);
    expect(fig(form, 'violations.persons').value).toBe(20);
    expect(fig(form, 'civil.appointed_new').value).toBe(9);
    expect(fig(form, 'legal.drafts_commented').value).toBe(9);
    expect(fig(form, 'staff.education_quota').display).toBe('1.411');
    expect(fig(form, 'enterprise.rate').display).toBe('75,00%');
    expect(fig(form, 'revenue.rate').display).toBe('25,94%');
    expect(fig(form, 'egov.computers_district').display).toBe('100%');
    expect(fig(form, 'egov.edocs_commune').display).toBe('70%');
    expect(fig(form, 'violations.cases').previous).toBeNull();
    expect(form.history.map((h: { action: string }) => h.action)).toEqual(['values', 'lock']);
  });

  it('a locked period cannot change (409) until an explicit unlock with a reason, which is logged', async () => {
    const officer = as['noivu.ductho']!;
    const put = (values: Record<string, number | null>, u = officer) => u({ method: 'PUT', url: '/api/figures/forms/440/2023-H1/values', payload: { values } });
    const locked = await put({ 'violations.cases': 15 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'CONFLICT', status: 'locked', lockedBy: 'demo' });
    expect((await officer({ method: 'POST', url: '/api/figures/forms/440/2023-H1/lock' })).statusCode).toBe(409);
    // Unlocking needs a reason, and the reform officer's role.
    const noReason = await officer({ method: 'POST', url: '/api/figures/forms/440/2023-H1/unlock', payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0].field).toBe('body.reason');
    expect((await as['truongphong.tuphap']!({ method: 'POST', url: '/api/figures/forms/440/2023-H1/unlock', payload: { reason: 'Sửa số vụ vi phạm' } })).statusCode).toBe(403);
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: '/api/figures/forms/440/2023-H1/unlock', payload: { reason: 'Sửa số vụ vi phạm' } })).statusCode).toBe(403);
    expect((await as['lanhdao.ductho']!('/api/figures/forms/440/2023-H1')).json().figures.find((f: Figure) => f.code === 'violations.cases').value).toBe(14);

    const unlocked = await officer({ method: 'POST', url: '/api/figures/forms/440/2023-H1/unlock', payload: { reason: 'Phòng Tư pháp báo cáo bổ sung 01 vụ' } });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ status: 'open', lockedAt: null, lockedBy: null });
    expect((await officer({ method: 'POST', url: '/api/figures/forms/440/2023-H1/unlock', payload: { reason: 'lần nữa' } })).statusCode).toBe(409);
    // The responsible department corrects its figure; the officer locks again.
    const fixed = await put({ 'violations.cases': 15 }, as['truongphong.tuphap']!);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await officer({ method: 'POST', url: '/api/figures/forms/440/2023-H1/lock' })).json()).toMatchObject({ status: 'locked', lockedBy: 'noivu.ductho' });

    const history = (await as['lanhdao.ductho']!('/api/figures/forms/440/2023-H1/history')).json();
    expect(history.items.map((h: { action: string; actor: string }) => `${h.action}:${h.actor}`)).toEqual([
      'values:demo',
      'lock:demo',
      'unlock:noivu.ductho',
      'values:truongphong.tuphap',
      'lock:noivu.ductho',
    ]);
    expect(history.items[2]).toMatchObject({ reason: 'Phòng Tư pháp báo cáo bổ sung 01 vụ', detail: { lockedBy: 'demo' } });
    expect(history.items[2].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(history.items[3].detail).toEqual({ changed: { 'violations.cases': { from: 14, to: 15 } } });
  });

  it('validation: non-negative, decimals, rates never typed, unknown codes, parts ≤ totals; nothing stored on error', async () => {
    const officer = as['noivu.ductho']!;
    const put = (values: Record<string, number | null>) => officer({ method: 'PUT', url: '/api/figures/forms/440/2023-Q3/values', payload: { values } });
    const bad = await put({ 'violations.cases': -1, 'staff.district_quota': 1.5, 'invest.rate': 36.94, 'no.such': 1, 'egov.edocs_commune': 101, 'invest.plan': 1.2345 });
    expect(bad.statusCode).toBe(400);
    expect(Object.fromEntries(bad.json().issues.map((i: { field: string; reason: string }) => [i.field, i.reason]))).toEqual({
      'values.violations.cases': 'must not be negative',
      'values.staff.district_quota': 'at most 0 decimal place(s)',
      'values.invest.rate': 'is computed from invest.disbursed / invest.plan, never typed',
      'values.no.such': 'is not a figure of this catalogue',
      'values.egov.edocs_commune': 'a percentage is at most 100',
      'values.invest.plan': 'at most 3 decimal place(s)',
    });
    const parts = await put({ 'invest.plan': 100, 'invest.plan_district': 80.5, 'invest.plan_commune': 65.75 });
    expect(parts.statusCode).toBe(400);
    expect(parts.json().issues).toEqual([{ field: 'values.invest.plan', reason: 'parts (invest.plan_district + invest.plan_commune = 146.25) exceed the total 100' }]);
    const form = (await officer('/api/figures/forms/440/2023-Q3')).json();
    expect(form.exists).toBe(false);
    expect(form.figures.filter((f: Figure) => f.value !== null)).toEqual([]);
    // Exact decimals: 39,278 + 14,742 = 54,020 is not "more than" 54,020.
    const exact = await put({ 'invest.disbursed': 54.02, 'invest.disbursed_district': 39.278, 'invest.disbursed_commune': 14.742, 'invest.plan': 146.25 });
    expect(exact.statusCode, exact.body).toBe(200);
    expect(fig(exact.json(), 'invest.rate').display).toBe('36,94%');
    // A later change is checked against the stored values too.
    const later = await put({ 'invest.disbursed': 50 });
    expect(later.statusCode).toBe(400);
    expect(later.json().issues[0].field).toBe('values.invest.disbursed');
    // Clearing a value.
    const cleared = await put({ 'invest.plan': null });
    expect(fig(cleared.json(), 'invest.plan').value).toBeNull();
    expect(fig(cleared.json(), 'invest.rate').value).toBeNull();
  });

  it("each value comes with last period's value", async () => {
    const r = await as['noivu.ductho']!({ method: 'PUT', url: '/api/figures/forms/440/2023-H2/values', payload: { values: { 'violations.cases': 11, 'invest.plan': 146.25, 'invest.disbursed': 120 } } });
    expect(r.statusCode, r.body).toBe(200);
    const form = r.json();
    expect(form.previousPeriod).toBe('2023-H1');
    expect(fig(form, 'violations.cases')).toMatchObject({ value: 11, previous: 15, previousDisplay: '15' });
    expect(fig(form, 'invest.rate')).toMatchObject({ display: '82,05%', previousDisplay: '36,94%' });
    expect(fig(form, 'violations.fines')).toMatchObject({ value: null, previousDisplay: '397.346.000' });
  });

  it('roles and scope: departments enter only their figures; desk staff and leaders cannot enter; other units 404', async () => {
    const url = '/api/figures/forms/440/2024-H1/values';
    const tp = as['truongphong.tuphap']!;
    const foreign = await tp({ method: 'PUT', url, payload: { values: { 'violations.cases': 3, 'invest.plan': 10 } } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().issues).toEqual([{ field: 'values.invest.plan', reason: 'entered by TCKH' }]);
    expect((await tp({ method: 'PUT', url, payload: { values: { 'violations.cases': 3 } } })).statusCode).toBe(200);
    for (const u of ['motcua.ductho', 'lanhdao.ductho']) expect((await as[u]!({ method: 'PUT', url, payload: { values: { 'violations.cases': 4 } } })).statusCode, u).toBe(403);
    expect((await tp({ method: 'POST', url: '/api/figures/forms/440/2024-H1/lock' })).statusCode).toBe(403);
    // A commune's leader sees the commune's form, not the district's.
    expect((await as['lanhdao.thitran']!('/api/figures/forms/440/2023-H1')).statusCode).toBe(404);
    expect((await as['lanhdao.thitran']!('/api/figures/forms/18229/2023-H1')).json()).toMatchObject({ unit: '18229', exists: false, status: 'open' });
    expect((await t.inject('/api/figures/forms/440/2023-X1')).statusCode).toBe(400);
    expect((await t.inject('/api/figures/forms/440-TP/2023-H1')).statusCode).toBe(400);
    expect((await t.app.inject('/api/figures/forms/440/2023-H1')).statusCode).toBe(401);
  });

  it('a new catalogue version is validated; forms keep the version they were opened with', async () => {
    const current = (await t.inject('/api/figures/catalogue')).json();
    const broken = await as['admin']!({ method: 'POST', url: '/api/figures/catalogue', payload: { definitions: [...current.definitions, { code: 'x.rate', name: 'x', section: 's', measure: '%', kind: 'rate', decimals: 2, numerator: 'x.none', denominator: 'invest.plan' }] } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issues[0]).toMatchObject({ field: `definitions.${current.definitions.length}.numerator` });
    expect((await as['noivu.ductho']!({ method: 'POST', url: '/api/figures/catalogue', payload: { definitions: current.definitions } })).statusCode).toBe(403);
    const next = [...current.definitions, { code: 'pbgdpl.hotline_calls', name: 'Cuộc gọi tư vấn pháp luật', section: 'II.1 Cải cách thể chế', measure: 'cuộc', kind: 'count', decimals: 0, department: 'TP' }];
    const published = await as['admin']!({ method: 'POST', url: '/api/figures/catalogue', payload: { note: 'Thêm chỉ tiêu tư vấn', definitions: next } });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ version: 3, publishedBy: 'admin' });
    expect((await t.inject('/api/figures/forms/440/2023-H1')).json().catalogueVersion).toBe(2);
    const fresh = (await t.inject('/api/figures/forms/440/2024-Q1')).json();
    expect(fresh.catalogueVersion).toBe(3);
    expect(fresh.figures.some((f: Figure) => f.code === 'pbgdpl.hotline_calls')).toBe(true);
  });
});
