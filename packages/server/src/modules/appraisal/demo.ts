/**
 * Demo data of the commune reform index for huyện Đức Thọ (440): the template criteria set for
 * 2022 and 2023, and a published appraisal of the 16 communes for each year. The seed report only
 * plans the 2023 appraisal (section IV.1): every score here is ILLUSTRATIVE — deterministic
 * (a hash of year, commune and criterion), plausible, and labelled so in the round's note.
 * Idempotent: a year that already has its round is left as it is.
 */
import { scoredItems, type AppraisalSetDef } from '@motcua/core';
import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/database.js';
import { findDescendants } from '../units/repo.js';
import * as repo from './repo.js';
import { TEMPLATE_BASIS, TEMPLATE_NAME, appraisalTemplate } from './template.js';

export const DEMO_APPRAISAL_NOTE = 'Số liệu minh họa: báo cáo CCHC 6 tháng đầu năm 2023 chỉ nêu kế hoạch thẩm định, không nêu điểm chỉ số CCHC của các xã';
const ACTOR = 'demo';

/** The council as districts usually compose it; the chair and secretary sign in with demo accounts. */
export const DEMO_COUNCIL = [
  { name: 'Võ Minh Đức', role: 'Chủ tịch Hội đồng', position: 'Phó Chủ tịch UBND huyện', username: 'lanhdao.ductho' },
  { name: 'Trần Quang Hưng', role: 'Phó Chủ tịch Hội đồng', position: 'Trưởng phòng Nội vụ' },
  { name: 'Phan Thị Lan', role: 'Thành viên', position: 'Trưởng phòng Tư pháp' },
  { name: 'Lê Văn Quân', role: 'Thành viên', position: 'Chánh Văn phòng HĐND và UBND huyện' },
  { name: 'Hoàng Thị Thu', role: 'Thư ký Hội đồng', position: 'Chuyên viên Phòng Nội vụ', username: 'noivu.ductho' },
];

/** A number in [0, 1) from the key (stable across runs and machines). */
const unit = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
const quarter = (v: number) => Math.round(v * 4) / 4;

/**
 * Self score = max × (commune level ± a little), on the 0,25 step; the council takes 0,25–0,5
 * off where the evidence is thin (about one criterion in four); survey 22–29 points.
 */
function demoScores(year: number, code: string, def: AppraisalSetDef) {
  const level = 0.7 + 0.2 * unit(`${code}|level`) + (year === 2023 ? 0.03 * (unit(`${code}|trend`) - 0.3) : 0);
  const scores = scoredItems(def).map((i) => {
    const f = Math.min(1, Math.max(0.4, level + 0.25 * (unit(`${year}|${code}|${i.code}`) - 0.4)));
    const self = Math.min(i.maxPoints, quarter(i.maxPoints * f));
    const cut = unit(`${year}|${code}|${i.code}|cut`);
    const appraised = Math.max(0, self - (cut < 0.15 ? 0.5 : cut < 0.3 ? 0.25 : 0));
    return { criterion: i.code, self, appraised };
  });
  const survey = Math.round((22 + 7 * (0.6 * level + 0.4 * unit(`${year}|${code}|survey`))) * 100) / 100;
  return { scores, survey: Math.min(30, survey) };
}

async function seedYear(tx: Tx, districtId: number, year: number): Promise<boolean> {
  if (await tx.selectFrom('appraisals').select('id').where('unitId', '=', districtId).where('year', '=', year).executeTakeFirst()) return false;
  const def = appraisalTemplate();
  let set = await repo.findSetByUnitYear(tx, districtId, year);
  if (!set) {
    await tx
      .insertInto('appraisalSets')
      .values({ unitId: districtId, year, name: TEMPLATE_NAME, basis: TEMPLATE_BASIS, surveyMax: def.surveyMax, areas: JSON.stringify(def.areas), createdBy: ACTOR, updatedBy: ACTOR })
      .execute();
    set = (await repo.findSetByUnitYear(tx, districtId, year))!;
  }
  const at = (date: string) => new Date(`${date}T09:00:00+07:00`);
  const next = year + 1;
  const { id } = await tx
    .insertInto('appraisals')
    .values({
      unitId: districtId,
      year,
      setId: set.id,
      title: `Thẩm định chỉ số cải cách hành chính năm ${year} của UBND các xã, thị trấn`,
      decision: `Quyết định thành lập Hội đồng thẩm định chỉ số CCHC năm ${year} (minh họa)`,
      council: JSON.stringify(DEMO_COUNCIL),
      note: DEMO_APPRAISAL_NOTE,
      status: 'published',
      publishedAt: at(`${next}-01-26`),
      publishedBy: 'lanhdao.ductho',
      createdBy: ACTOR,
      createdAt: at(`${year}-11-20`),
      updatedAt: at(`${next}-01-26`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await repo.logEvent(tx, id, null, 'created', ACTOR, null, { communes: 16, set: set.id, illustrative: true });
  const communes = (await findDescendants(tx as Db, districtId, `${year}-01-01`, `${year}-12-31`)).filter((u) => u.level === 'commune');
  for (const c of communes) {
    const { scores, survey } = demoScores(year, c.code, def);
    const { id: entryId } = await tx
      .insertInto('appraisalEntries')
      .values({
        appraisalId: id,
        unitId: c.id,
        status: 'appraised',
        surveyScore: survey,
        submittedAt: at(`${next}-01-05`),
        submittedBy: ACTOR,
        appraisedAt: at(`${next}-01-18`),
        appraisedBy: 'noivu.ductho',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('appraisalScores')
      .values(
        scores.map((s) => ({
          entryId,
          criterion: s.criterion,
          selfScore: s.self,
          evidence: 'Minh họa: báo cáo tự đánh giá, chấm điểm của UBND xã kèm tài liệu kiểm chứng',
          selfBy: ACTOR,
          selfAt: at(`${next}-01-05`),
          appraisedScore: s.appraised,
          comment: s.appraised < s.self ? 'Minh họa: tài liệu kiểm chứng chưa đầy đủ, trừ điểm' : null,
          appraisedBy: 'noivu.ductho',
          appraisedAt: at(`${next}-01-18`),
        })),
      )
      .execute();
  }
  await repo.logEvent(tx, id, null, 'survey', ACTOR, null, { communes: communes.length, illustrative: true });
  await repo.logEvent(tx, id, null, 'published', 'lanhdao.ductho', null, { illustrative: true });
  return true;
}

/** Seeds 2022 and 2023 (so the 2023 results show the change against 2022). */
export async function seedAppraisalDemo(db: Db, log: (msg: string) => void = () => {}): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const district = await tx.selectFrom('units').select('id').where('code', '=', '440').where('validFrom', '<=', '2023-01-01').orderBy('validFrom', 'desc').executeTakeFirst();
    if (!district) return 0;
    let n = 0;
    for (const year of [2022, 2023]) if (await seedYear(tx, district.id, year)) n++;
    if (n) log(`chỉ số CCHC cấp xã (minh họa): ${n} đợt thẩm định`);
    return n;
  });
}
