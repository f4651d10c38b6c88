import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, createTestApp, type TestApp } from './helpers.js';

/**
 * Hand-computed cases at the period edges (statistics.md, deadlines.md), through import and the
 * SQL statistics. Period 2023-M05 = 15/04/2023 … 14/05/2023, cut-off 15/05/2023 00:00 +07:00.
 * Procedure P1: 1 working day.
 */
const procedures = [
  { code: 'P1', name: 'Thủ tục một ngày', field: 'Thử nghiệm', level: 'commune', workingDays: 1, onlineLevel: 'full' },
  { code: 'P3', name: 'Thủ tục ba ngày', field: 'Thử nghiệm', level: 'commune', workingDays: 3, onlineLevel: 'none' },
];
const who = { name: 'Trần Thị Bình', idNumber: '042190000001', phone: '0912000001' };
let n = 0;
const dossier = (procedure: string, channel: string, events: Array<Record<string, string>>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ code: `T-${++n}`, unit: '18229', procedure, channel, applicant: who, events, ...extra });

const lines = {
  // Received 14/05 16:59 → in the period; 15/05 00:00 → next period.
  receivedLastMinute: dossier('P1', 'direct', [{ type: 'received', at: '2023-05-14T16:59:00+07:00' }]),
  receivedAtCutoff: dossier('P1', 'direct', [{ type: 'received', at: '2023-05-15T00:00:00+07:00' }]),
  // Received exactly at from 00:00 (a Saturday): new, not carried over.
  receivedAtFrom: dossier('P1', 'online', [{ type: 'submitted', at: '2023-04-14T20:00:00+07:00' }, { type: 'received', at: '2023-04-15T00:00:00+07:00' }, { type: 'resolved', at: '2023-04-17T10:00:00+07:00' }]),
  // Mon 08/05 07:00, 1 day → due 08/05 17:00: resolved at 17:00 on time, 17:01 overdue.
  resolvedAtDue: dossier('P1', 'direct', [{ type: 'received', at: '2023-05-08T07:00:00+07:00' }, { type: 'resolved', at: '2023-05-08T17:00:00+07:00' }]),
  resolvedMinuteLate: dossier('P1', 'direct', [{ type: 'received', at: '2023-05-08T07:00:00+07:00' }, { type: 'resolved', at: '2023-05-08T17:01:00+07:00' }]),
  // Resolved the day before its due date → early.
  resolvedEarly: dossier('P3', 'postal', [{ type: 'received', at: '2023-05-08T08:00:00+07:00' }, { type: 'resolved', at: '2023-05-09T09:00:00+07:00' }]),
  // Pause spanning the cut-off: awaiting supplement although past due.
  pausedAcross: dossier('P1', 'direct', [{ type: 'received', at: '2023-05-02T08:00:00+07:00' }, { type: 'supplement_requested', at: '2023-05-10T08:00:00+07:00', reason: 'Thiếu giấy tờ' }, { type: 'supplement_received', at: '2023-05-16T08:00:00+07:00' }]),
  // Carried over from last period, still in progress and overdue at the cut-off.
  carriedOverdue: dossier('P3', 'direct', [{ type: 'received', at: '2023-04-10T08:00:00+07:00' }]),
  // Withdrawn while paused (obligation): withdrawn, not awaiting.
  withdrawnWhilePaused: dossier('P3', 'direct', [{ type: 'received', at: '2023-04-20T08:00:00+07:00' }, { type: 'obligation_requested', at: '2023-04-21T08:00:00+07:00' }, { type: 'withdrawn', at: '2023-05-03T08:00:00+07:00' }]),
  // Finished before the period: not counted; its rating inside the period still counts.
  finishedBefore: dossier('P1', 'direct', [{ type: 'received', at: '2023-04-10T08:00:00+07:00' }, { type: 'resolved', at: '2023-04-10T15:00:00+07:00' }, { type: 'result_returned', at: '2023-04-14T09:00:00+07:00', via: 'postal' }, { type: 'rated', at: '2023-04-16T09:00:00+07:00', level: 'satisfied' }]),
  // Online submission before the period, received inside: new (online), not carried over.
  submittedBeforeReceivedIn: dossier('P1', 'online', [{ type: 'submitted', at: '2023-04-14T10:00:00+07:00' }, { type: 'received', at: '2023-04-17T08:00:00+07:00' }]),
  // Explicit legal due date wins over working days; pauses do not move it.
  explicitDue: dossier('P3', 'direct', [{ type: 'received', at: '2023-05-02T08:00:00+07:00' }, { type: 'obligation_requested', at: '2023-05-02T09:00:00+07:00' }, { type: 'obligation_fulfilled', at: '2023-05-05T09:00:00+07:00' }, { type: 'resolved', at: '2023-05-05T10:00:00+07:00' }], { dueAt: '2023-05-04T17:00:00+07:00' }),
  // Refused before reception: not received, counted as refused.
  refused: dossier('P1', 'online', [{ type: 'submitted', at: '2023-05-03T08:00:00+07:00' }, { type: 'refused', at: '2023-05-03T09:00:00+07:00', reason: 'Sai thẩm quyền' }]),
};

describe(`period edges in SQL statistics (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const ndjson = { 'content-type': 'application/x-ndjson' };
    expect((await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: procedures.map((p) => JSON.stringify(p)).join('\n') })).statusCode).toBe(200);
    const r = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: ndjson, payload: Object.values(lines).join('\n') });
    expect(r.statusCode, r.body).toBe(200);
  });
  afterAll(() => t?.close());

  it('counts each hand-computed case in its bucket', async () => {
    const res = await t.inject({ url: '/api/stats/dossiers?unit=18229&period=2023-M05' });
    expect(res.statusCode, res.body).toBe(200);
    // Worked out by hand (02–03/05 are days off; 14/05 and 15/04 are weekend days).
    expect(res.json().self).toEqual({
      receivedTotal: 10,
      receivedOnline: 2, // receivedAtFrom, submittedBeforeReceivedIn
      receivedDirect: 7, // lastMinute, atDue, minuteLate, early (postal), pausedAcross, withdrawn, explicitDue
      carriedOver: 1, // carriedOverdue
      resolvedTotal: 5,
      resolvedEarly: 1, // resolvedEarly
      resolvedOnTime: 2, // receivedAtFrom (due 17/04 17:00, done 10:00 same day), resolvedAtDue
      resolvedOverdue: 2, // resolvedMinuteLate, explicitDue (due 04/05 17:00 verbatim, done 05/05)
      inProgressTotal: 3,
      inProgressOnTime: 1, // receivedLastMinute (clock starts Mon 15/05)
      inProgressOverdue: 2, // carriedOverdue, submittedBeforeReceivedIn
      awaitingSupplement: 1, // pausedAcross, although past due
      awaitingObligation: 0,
      returnedTotal: 1,
      rejected: 0,
      withdrawn: 1, // withdrawnWhilePaused
      refusedAtReception: 1,
      resultsByPost: 0, // finishedBefore's postal return was before the period
      ratedVerySatisfied: 0,
      ratedSatisfied: 1, // finishedBefore's rating on 16/04 counts
      ratedDissatisfied: 0,
    });
  });

  it('side indicators: overdue with/without apology, fully-online share, 766 scores', async () => {
    const res = await t.inject({ url: '/api/stats/indicators?unit=18229&period=2023-M05' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().self).toMatchObject({
      handled: 8, // 5 resolved + 3 in progress
      handledOnTime: 4,
      overdueWithApology: 0,
      overdueWithoutApology: 4,
      awaitingPastDue: 1, // pausedAcross
      onlineAwaitingReception: 0,
      receivedNew: 9,
      receivedOnline: 2,
      fullOnlineDossiers: 6, // the new P1 dossiers
      fullOnlineSubmittedOnline: 2,
      fullOnlineRate: '33,33%',
      scores766: { progress: 10, satisfaction: 3.33 },
    });
  });

  it('the explicit due date is used verbatim', async () => {
    const d = (await t.inject({ url: '/api/dossiers/T-12' })).json();
    expect(d).toMatchObject({ dueAt: '2023-05-04T17:00:00+07:00', dueIsExplicit: true, timeliness: 'overdue' });
  });

  it('the next period carries the open ones over and takes the 15/05 00:00 reception', async () => {
    const s = (await t.inject({ url: '/api/stats/dossiers?unit=18229&period=2023-M06' })).json().self;
    expect(s.carriedOver).toBe(4); // lastMinute, pausedAcross, carriedOverdue, submittedBeforeReceivedIn
    expect(s.receivedDirect).toBe(1); // receivedAtCutoff
  });
});
