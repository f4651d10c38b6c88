import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, createTestApp, type TestApp } from './helpers.js';

const ndjson = { 'content-type': 'application/x-ndjson' };

describe(`units import (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('loads a post-2025 merger with successions, all or nothing', async () => {
    // Two communes of huyện Nghi Xuân (Hà Tĩnh) merged into an invented unit (illustrative only).
    const line = { code: '99001', name: 'Xã Thử Nghiệm', level: 'commune', kind: 'Xã', parentCode: '42', validFrom: '2025-07-01', formedFrom: ['18352', '18355'] };
    const bad = await t.inject({ method: 'POST', url: '/api/units/import', headers: ndjson, payload: [JSON.stringify(line), JSON.stringify({ ...line, code: '99002', parentCode: '00' })].join('\n') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([{ line: 2, field: 'parentCode', reason: 'no unit 00 valid on 2025-07-01' }]);
    expect((await t.inject({ url: '/api/units/99001?at=2026-01-01' })).statusCode).toBe(404);
    expect((await t.inject({ url: '/api/units/18352?at=2026-01-01' })).statusCode).toBe(200);

    const ok = await t.inject({ method: 'POST', url: '/api/units/import', headers: ndjson, payload: JSON.stringify(line) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ total: 1, created: 1, updated: 0 });
    const old = (await t.inject({ url: '/api/units/18352?at=2025-06-30' })).json();
    expect(old.validTo).toBe('2025-06-30');
    expect(old.successors).toEqual([{ code: '99001', name: 'Xã Thử Nghiệm', effective: '2025-07-01' }]);
    expect((await t.inject({ url: '/api/units/18352?at=2025-07-01' })).statusCode).toBe(404);
    const again = await t.inject({ method: 'POST', url: '/api/units/import', headers: ndjson, payload: JSON.stringify({ ...line, name: 'Xã Thử Nghiệm Mới' }) });
    expect(again.json()).toEqual({ total: 1, created: 0, updated: 1 });
  });
});
