/**
 * The demo district's dossier history (huyện Đức Thọ, Hà Tĩnh; October 2022 – 30 June 2023),
 * generated deterministically in the import format (shared/formats/dossier-import.md).
 *
 * The figures of period 2023-H1 (15/12/2022 – 14/06/2023) are those of the seed report (section
 * II.2, see shared/domain/statistics.md): every counted dossier is given its target bucket first
 * (received online / direct / carried over × resolved early or on time / overdue / returned /
 * awaiting supplement / awaiting obligation / in progress), then events are built to land exactly
 * there, with due instants computed by the rules of deadlines.md. History before the period
 * (finished before 15/12/2022) and after it (events from 15/06/2023) does not disturb those
 * figures. Side counts (results by post, ratings) are chosen exactly among the events that fall
 * inside the period.
 *
 * Pure and fast: a seeded PRNG, no clock, no randomness from the platform; working-time arithmetic
 * uses a precomputed session table equivalent to core `computeDue` on `WorkCalendar.official()`.
 */
import { readFileSync } from 'node:fs';
import {
  WorkCalendar,
  addDays,
  formatDossierCode,
  formatInstant,
  localDateOf,
  localMidnight,
  type Channel,
  type EventType,
  type RatingLevel,
  type ReturnVia,
  type Timeliness,
} from '@motcua/core';

// ---------------------------------------------------------------------------------------------
// Time frame

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WDAY = 8 * HOUR;
const TZ = 7 * HOUR;

/** First reception day of the history (Monday). */
const HISTORY_FROM = localMidnight('2022-10-03');
/** No submission before 01/10/2022 00:00. */
const FIRST_SUBMISSION = localMidnight('2022-10-01');
/** Period 2023-H1: 15/12/2022 00:00 ≤ t < 15/06/2023 00:00 (+07:00). */
const H1_START = localMidnight('2022-12-15');
const H1_CUTOFF = localMidnight('2023-06-15');
/** Nothing happens at or after 01/07/2023 00:00. */
const END = localMidnight('2023-07-01');

const dayStart = (t: number): number => t - ((((t + TZ) % DAY) + DAY) % DAY);
const hourOf = (t: number): number => ((((t + TZ) % DAY) + DAY) % DAY) / HOUR;
const toMinute = (ms: number): number => Math.max(MIN, Math.round(ms / MIN) * MIN);

// ---------------------------------------------------------------------------------------------
// Units

export const DEMO_DISTRICT = '440';

/** The 16 communes of Đức Thọ (2023), with a relative size (dossier volume) and their names. */
const COMMUNES: ReadonlyArray<{ code: string; name: string; weight: number; online: number }> = [
  { code: '18229', name: 'thị trấn Đức Thọ', weight: 15, online: 1.25 },
  { code: '18235', name: 'xã Quang Vĩnh', weight: 4.5, online: 0.9 },
  { code: '18241', name: 'xã Tùng Châu', weight: 6, online: 1 },
  { code: '18244', name: 'xã Trường Sơn', weight: 7, online: 1.1 },
  { code: '18247', name: 'xã Liên Minh', weight: 6.5, online: 0.95 },
  { code: '18253', name: 'xã Yên Hồ', weight: 6, online: 1.05 },
  { code: '18259', name: 'xã Tùng Ảnh', weight: 7.5, online: 1.1 },
  { code: '18262', name: 'xã Bùi La Nhân', weight: 5, online: 0.85 },
  { code: '18274', name: 'xã Thanh Bình Thịnh', weight: 6.5, online: 1 },
  { code: '18277', name: 'xã Lâm Trung Thủy', weight: 5.5, online: 0.9 },
  { code: '18280', name: 'xã Hòa Lạc', weight: 4, online: 0.8 },
  { code: '18283', name: 'xã Tân Dân', weight: 4.5, online: 0.85 },
  { code: '18298', name: 'xã An Dũng', weight: 7, online: 1.05 },
  { code: '18304', name: 'xã Đức Đồng', weight: 6, online: 0.95 },
  { code: '18307', name: 'xã Đức Lạng', weight: 5, online: 0.9 },
  { code: '18310', name: 'xã Tân Hương', weight: 4, online: 0.8 },
];

/** Agency identifiers (QCVN 102:2016), as in the public fixture; 13–16 continue its numbering. */
const DEFAULT_AGENCY_CODES: Readonly<Record<string, string>> = {
  '440': '000.00.40.H25',
  '18229': '000.01.40.H25',
  '18244': '000.02.40.H25',
  '18247': '000.03.40.H25',
  '18253': '000.04.40.H25',
  '18259': '000.05.40.H25',
  '18262': '000.06.40.H25',
  '18280': '000.07.40.H25',
  '18283': '000.08.40.H25',
  '18298': '000.09.40.H25',
  '18304': '000.10.40.H25',
  '18307': '000.11.40.H25',
  '18310': '000.12.40.H25',
  '18235': '000.13.40.H25',
  '18241': '000.14.40.H25',
  '18274': '000.15.40.H25',
  '18277': '000.16.40.H25',
};

const AGENCY_PATTERN = /^[0-9A-Z]{3}(\.[0-9A-Z]{2}){2}\.[A-Z][0-9]{2}$/;

/** The agency codes of the deployment set-up data (units/data/duc-tho-2023.json) when present. */
export function demoAgencyCodes(): Record<string, string> {
  const codes: Record<string, string> = { ...DEFAULT_AGENCY_CODES };
  let fromFile: Record<string, unknown> = {};
  try {
    const file = new URL('../units/data/duc-tho-2023.json', import.meta.url);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { agencyCodes?: Record<string, unknown> };
    fromFile = parsed.agencyCodes ?? {};
  } catch {
    fromFile = {}; // not set up yet: the defaults above are the same codes
  }
  for (const [unit, code] of Object.entries(fromFile)) {
    if (unit in codes && typeof code === 'string' && AGENCY_PATTERN.test(code)) codes[unit] = code;
  }
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Targets (seed report, section II.2; statistics.md "The seed's own figures")

/** Unit 440 in 2023-H1. */
const DISTRICT_TARGET = {
  carried: { ok: 790, supp: 190, rejected: 10, withdrawn: 14 }, // 1 004 carried over
  newOnline: 1170, // all of fully-online procedures
  newDirectFull: 60, // 1 230 − 1 170: fully-online procedures submitted at the counter or by post
  newDirectOther: 1388, // 1 448 − 60
  fresh: { ok: 2175, open: 70, supp: 351, rejected: 12, withdrawn: 10 }, // 2 618 received in H1
  resultsByPost: 178,
  ratedVerySatisfied: 1144,
  ratedSatisfied: 14,
  refused: 31,
} as const;

/** The 16 communes together in 2023-H1. */
const COMMUNE_TARGET = {
  carried: { ok: 3, overdue: 1 }, // 4 carried over
  newOnline: 4741,
  newDirect: 2687,
  fresh: { ok: 7381, overdue: 19, open: 9, supp: 3, obl: 1, rejected: 8, withdrawn: 7 }, // 7 428
} as const;

/** Volumes outside the period (not counted in 2023-H1). */
const HISTORY = {
  districtBefore: 450,
  communesBefore: 2100,
  districtAfter: 255,
  communesAfter: 700,
  districtPending: 14,
  communesPending: 26,
} as const;

// ---------------------------------------------------------------------------------------------
// Deterministic PRNG (sfc32)

class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    let h = 1779033703 ^ seed.length;
    for (let i = 0; i < seed.length; i++) {
      h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    const mix = () => {
      h = Math.imul(h ^ (h >>> 16), 2246822507);
      h = Math.imul(h ^ (h >>> 13), 3266489909);
      h ^= h >>> 16;
      return h >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}

/** Weighted choice with cumulative weights and a binary search. */
class Picker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let acc = 0;
    for (const item of items) {
      acc += Math.max(0, weight(item));
      this.cumulative.push(acc);
    }
    this.total = acc;
  }

  get empty(): boolean {
    return this.total <= 0;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    const item = this.items[lo];
    if (item === undefined) throw new Error('pick from an empty picker');
    return item;
  }
}

// ---------------------------------------------------------------------------------------------
// Working time: a table of sessions with cumulative working time, equivalent to core computeDue

interface Pause {
  kind: 'supplement' | 'obligation';
  start: number;
  end: number | undefined;
  reason: string;
}

class WorkTime {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly before: number[] = [];
  private readonly total: number;

  constructor(calendar: WorkCalendar, from: string, to: string) {
    let acc = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) {
      for (const [s, e] of calendar.sessionsOn(d)) {
        this.starts.push(s);
        this.ends.push(e);
        this.before.push(acc);
        acc += e - s;
      }
    }
    this.total = acc;
  }

  /** Working time from the table's origin to t. */
  active(t: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (i < 0) return 0;
    return this.before[i]! + Math.min(t, this.ends[i]!) - this.starts[i]!;
  }

  /** The earliest instant whose working time from the origin is w (w > 0). */
  at(w: number): number {
    if (w > this.total) return Number.POSITIVE_INFINITY;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before[mid]! + this.ends[mid]! - this.starts[mid]! >= w) hi = mid;
      else lo = mid + 1;
    }
    return this.starts[lo]! + (w - this.before[lo]!);
  }

  add(t: number, ms: number): number {
    return this.at(this.active(t) + ms);
  }

  /** An instant `ms` of working time before t (earliest such instant). */
  sub(t: number, ms: number): number {
    return this.at(Math.max(MIN, this.active(t) - ms));
  }

  /** core computeDue: earliest instant with `budget` of working time after `from` outside pauses. */
  due(from: number, budget: number, pauses: readonly Pause[]): number | undefined {
    const sorted = pauses
      .map((p): [number, number] => [p.start, p.end ?? Number.POSITIVE_INFINITY])
      .filter(([s, e]) => e > s)
      .sort((x, y) => x[0] - y[0]);
    let pos = from;
    let cur = this.active(from);
    let remaining = budget;
    for (const [ps, pe] of sorted) {
      if (pe <= pos) continue;
      const a = Math.max(ps, pos);
      const segment = this.active(a) - cur;
      if (segment >= remaining) return this.at(cur + remaining);
      remaining -= segment;
      if (pe === Number.POSITIVE_INFINITY) return undefined;
      pos = pe;
      cur = this.active(pe);
    }
    return this.at(cur + remaining);
  }

  /** Working time in [a, b) outside pauses. */
  between(a: number, b: number, pauses: readonly Pause[]): number {
    if (b <= a) return 0;
    let total = this.active(b) - this.active(a);
    for (const p of pauses) {
      const s = Math.max(p.start, a);
      const e = Math.min(p.end ?? Number.POSITIVE_INFINITY, b);
      if (e > s) total -= this.active(e) - this.active(s);
    }
    return total;
  }

  /** A random working instant strictly inside (a, b), on a minute; undefined when none. */
  random(rng: Rng, a: number, b: number): number | undefined {
    const base = this.active(a);
    const n = Math.floor((this.active(b) - base) / MIN);
    if (n < 2) return undefined;
    return this.at(base + rng.int(1, n - 1) * MIN);
  }

  /** A random working instant in (a, b], on a minute; undefined when none. */
  randomClosed(rng: Rng, a: number, b: number): number | undefined {
    const base = this.active(a);
    const n = Math.floor((this.active(b) - base) / MIN);
    if (n < 1) return undefined;
    return this.at(base + rng.int(1, n) * MIN);
  }

  /** A working instant in (a, b) drawn with a density growing towards b (skew ≥ 1). */
  randomLate(rng: Rng, a: number, b: number, skew: number): number | undefined {
    const base = this.active(a);
    const n = Math.floor((this.active(b) - base) / MIN);
    if (n < 2) return undefined;
    const u = Math.pow(rng.next(), 1 / skew);
    return this.at(base + Math.min(n - 1, Math.max(1, Math.floor(u * n))) * MIN);
  }
}

// ---------------------------------------------------------------------------------------------
// Catalogue

interface Step {
  name: string;
  department: string;
  workingDays: number;
}

interface Procedure {
  code: string;
  name: string;
  field: string;
  level: 'district' | 'commune';
  workingDays: number;
  budget: number;
  onlineLevel: 'full' | 'partial' | 'none';
  steps: Step[];
  land: boolean;
  obligation: boolean;
  construction: boolean;
  civil: boolean;
  weight: number;
}

/**
 * Relative demand of a procedure (dossiers a month), by name first, then by field: land
 * registration and household businesses dominate at the district desk, civil status and
 * certification at the communes.
 */
const DISTRICT_NAME_WEIGHTS: ReadonlyArray<[RegExp, number]> = [
  [/^Đăng ký biến động quyền sử dụng đất$|biến động quyền sử dụng đất trong các trường hợp/i, 30],
  [/^Đăng ký hộ kinh doanh$/i, 20],
  [/biến động/i, 6],
  [/Cấp đổi Giấy chứng nhận quyền sử dụng đất/i, 8],
  [/(Đăng ký đất đai|quyền sử dụng đất).*lần đầu/i, 8],
  [/Tách thửa/i, 8],
  [/trích lục/i, 6],
  [/người nhận chuyển nhượng/i, 6],
  [/chuyển mục đích/i, 5],
  [/hộ kinh doanh/i, 5],
  [/Cấp lại Giấy chứng nhận quyền sử dụng đất/i, 4],
  [/Xóa ghi nợ|Cung cấp thông tin, dữ liệu đất đai/i, 3],
  [/giấy phép xây dựng/i, 3],
  [/Đính chính|cải chính/i, 1.5],
  [/Chứng thực/i, 2],
  [/bán lẻ rượu|bán lẻ sản phẩm thuốc lá/i, 1.5],
  [/trợ cấp xã hội|mai táng|thờ cúng liệt sĩ/i, 1.5],
  [/có yếu tố nước ngoài/i, 0.4],
  [/tranh chấp|Thu hồi đất/i, 0.35],
];
const DISTRICT_FIELD_WEIGHTS: ReadonlyArray<[RegExp, number]> = [
  [/đất đai/i, 1],
  [/hộ tịch|chứng thực|xây dựng|người có công|bảo trợ xã hội/i, 0.8],
  [/lưu thông hàng hóa|kinh doanh khí|hợp tác xã|môi trường|tài nguyên nước|lao động|việc làm/i, 0.4],
  [/giáo dục|đào tạo/i, 0.12],
];
const COMMUNE_NAME_WEIGHTS: ReadonlyArray<[RegExp, number]> = [
  [/^Đăng ký khai sinh$/i, 30],
  [/^Chứng thực bản sao từ bản chính$/i, 25],
  [/tình trạng hôn nhân/i, 15],
  [/^Đăng ký khai tử$/i, 12],
  [/^Đăng ký kết hôn$/i, 10],
  [/Chứng thực chữ ký/i, 10],
  [/trích lục|bản sao từ sổ gốc/i, 8],
  [/Liên thông thủ tục hành chính|khai sinh kết hợp|khai tử, xóa đăng ký/i, 8],
  [/Chứng thực hợp đồng/i, 6],
  [/Tiếp nhận hồ sơ đăng ký (đất đai|biến động)/i, 4],
  [/trợ cấp xã hội hàng tháng/i, 3],
  [/cư trú|lý lịch|vay vốn/i, 2.5],
  [/cải chính/i, 2],
  [/nghĩa vụ quân sự lần đầu/i, 2],
  [/khuyết tật/i, 1.5],
  [/mai táng/i, 1.2],
  [/Gia đình văn hóa|Đăng ký lại/i, 1],
  [/giám hộ/i, 0.5],
  [/lưu động/i, 0.3],
  [/nuôi con nuôi/i, 0.2],
];
const COMMUNE_FIELD_WEIGHTS: ReadonlyArray<[RegExp, number]> = [
  [/hộ tịch|chứng thực/i, 1.5],
  [/đất đai|người có công|bảo trợ xã hội/i, 0.8],
  [/cư trú|tiếp cận thông tin|xây dựng|quân sự/i, 0.5],
  [/giáo dục|khiếu nại|thi đua/i, 0.1],
];

function demandOf(level: 'district' | 'commune', name: string, field: string): number {
  const byName = (level === 'district' ? DISTRICT_NAME_WEIGHTS : COMMUNE_NAME_WEIGHTS).find(([re]) => re.test(name));
  if (byName) return byName[1];
  return (level === 'district' ? DISTRICT_FIELD_WEIGHTS : COMMUNE_FIELD_WEIGHTS).find(([re]) => re.test(field))?.[1] ?? 0.25;
}

function parseCatalogue(text: string, rng: Rng): Procedure[] {
  const out: Procedure[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    const level = raw['level'];
    if (level !== 'district' && level !== 'commune') continue;
    const workingDays = Number(raw['workingDays']);
    if (!(workingDays > 0)) continue;
    const onlineLevel = raw['onlineLevel'] === 'full' || raw['onlineLevel'] === 'partial' ? raw['onlineLevel'] : 'none';
    const name = String(raw['name'] ?? '');
    const field = String(raw['field'] ?? '');
    const steps = Array.isArray(raw['steps'])
      ? (raw['steps'] as Array<Record<string, unknown>>)
          .map((s) => ({ name: String(s['name'] ?? ''), department: String(s['department'] ?? ''), workingDays: Number(s['workingDays']) }))
          .filter((s) => s.name && s.department && s.workingDays > 0)
      : [];
    const land = /đất/i.test(field) || /quyền sử dụng đất|thửa đất/i.test(name);
    // Some spread around the typical demand, fixed per procedure.
    const spread = Math.exp((rng.next() + rng.next() + rng.next() - 1.5) * 0.7);
    out.push({
      code: String(raw['code']),
      name,
      field,
      level,
      workingDays,
      budget: Math.round(workingDays * WDAY),
      onlineLevel,
      steps,
      land,
      // Land procedures with fees or taxes to pay (tiền sử dụng đất, lệ phí trước bạ, thuế TNCN);
      // at a commune, only the lease of the commune's public land.
      obligation:
        land &&
        (level === 'district'
          ? /chuyển mục đích|giấy chứng nhận|chuyển nhượng|biến động|giao đất|thuê đất|tách thửa/i.test(name)
          : /thuê đất/i.test(name)),
      construction: /xây dựng/i.test(field),
      civil: /hộ tịch|chứng thực/i.test(field),
      weight: demandOf(level, name, field) * spread,
    });
  }
  return out;
}

type ProcClass = 'full' | 'other' | 'any';
type ProcBias = 'plain' | 'long' | 'supp' | 'obl' | 'short';

function biasFactor(p: Procedure, bias: ProcBias): number {
  switch (bias) {
    case 'plain':
      return 1;
    case 'long':
      return p.workingDays >= 15 ? 4 : p.workingDays >= 7 ? 2 : p.workingDays >= 3 ? 0.7 : 0.1;
    case 'supp':
      return (p.land ? 5 : p.construction ? 3 : 1) * (p.workingDays < 3 ? 0.2 : 1);
    case 'obl':
      return p.obligation ? 1 : 0;
    case 'short':
      return p.workingDays <= 5 ? 1 : 0.3;
  }
}

// ---------------------------------------------------------------------------------------------
// People

const FAMILY: ReadonlyArray<[string, number]> = [
  ['Nguyễn', 30], ['Trần', 12], ['Lê', 10], ['Phan', 7], ['Võ', 5], ['Hồ', 4], ['Hoàng', 4], ['Đặng', 4],
  ['Phạm', 4], ['Bùi', 3], ['Đinh', 3], ['Đậu', 2], ['Thái', 2], ['Đoàn', 2], ['Dương', 2], ['Ngô', 2],
  ['Hà', 1], ['Chu', 1], ['Lưu', 1], ['Tôn', 1], ['Mai', 1], ['Đào', 1], ['Cao', 1], ['Trương', 1],
];
const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Văn', 'Đức', 'Hữu', 'Xuân', 'Quang', 'Minh', 'Đình', 'Công', 'Thanh', 'Anh', 'Tiến', 'Trọng', 'Ngọc', 'Hồng'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Hồng', 'Kim', 'Phương', 'Thùy', 'Mai', 'Hải', 'Diệu'];
const MALE_SECOND = ['Minh', 'Quang', 'Anh', 'Hoàng', 'Ngọc', 'Thanh', 'Trung'];
const FEMALE_SECOND = ['Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Phương', 'Kim', 'Bảo'];
const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Nam', 'Hải', 'Long', 'Quân', 'Sơn', 'Thắng', 'Cường', 'Hoàng', 'Tùng', 'Lâm', 'Bình',
  'Phúc', 'Trung', 'Hiếu', 'Đạt', 'Tài', 'Vinh', 'Toàn', 'Lợi', 'Hòa', 'Khánh', 'Thành', 'Đông', 'Hưng', 'Huy',
  'Kiên', 'Mạnh', 'Nghĩa', 'Phong', 'Quyết', 'Tâm', 'Thịnh', 'Tú', 'Việt', 'Vũ', 'An', 'Bảo', 'Châu', 'Duy',
];
const FEMALE_GIVEN = [
  'Hoa', 'Lan', 'Hương', 'Hà', 'Mai', 'Linh', 'Trang', 'Thảo', 'Nga', 'Hằng', 'Nhung', 'Hiền', 'Phương', 'Yến',
  'Loan', 'Vân', 'Thủy', 'Dung', 'Huyền', 'Oanh', 'Ngân', 'Quỳnh', 'Tâm', 'Thương', 'Anh', 'Chi', 'Giang', 'Hạnh',
  'Liên', 'Lý', 'Nhàn', 'Nhi', 'Tuyết', 'Xuân', 'Vy', 'Hậu', 'Sen', 'Thu',
];
const PHONE_PREFIXES = [
  '096', '097', '098', '086', '032', '033', '034', '035', '036', '037', '038', '039', '091', '094', '088', '081', '082',
  '083', '084', '085', '090', '093', '089', '070', '079', '077',
];
const HAMLET_WORDS = ['Trung', 'Thượng', 'Hạ', 'Đông', 'Tây', 'Nam', 'Bắc', 'Tân', 'Yên', 'Phúc', 'Lộc', 'Thịnh', 'Hòa', 'An', 'Liên', 'Tiến', 'Vĩnh', 'Quang', 'Sơn', 'Châu', 'Hồng', 'Mỹ'];

interface Applicant {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

const familyPicker = new Picker(FAMILY, ([, w]) => w);
const communePicker = new Picker(COMMUNES, (c) => c.weight);

function makeApplicant(rng: Rng, unit: string): Applicant {
  const female = rng.chance(0.46);
  const family = familyPicker.pick(rng)[0];
  const middle = rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  let name = `${family} ${middle} ${given}`;
  if (rng.chance(0.1)) {
    // Four-part names: "Nguyễn Thị Thu Hằng", "Trần Đình Quang Huy".
    const second = rng.pick(female ? FEMALE_SECOND : MALE_SECOND);
    if (second !== given) name = `${family} ${female ? 'Thị' : rng.pick(['Văn', 'Đình', 'Hữu', 'Đức'])} ${second} ${given}`;
  }
  // CCCD: province 042 (Hà Tĩnh), century-gender digit, two digits of the birth year, 6 digits.
  const year = Math.min(2004, Math.max(1940, Math.round(1978 + (rng.next() + rng.next() + rng.next() - 1.5) * 26)));
  const centuryGender = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = `042${centuryGender}${String(year % 100).padStart(2, '0')}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  const phone = `${rng.pick(PHONE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  const home = unit !== DEMO_DISTRICT && rng.chance(0.92) ? (COMMUNES.find((c) => c.code === unit) ?? communePicker.pick(rng)) : communePicker.pick(rng);
  const hamlet = home.code === '18229' ? `Tổ dân phố ${rng.int(1, 12)}` : `Thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}`;
  const address = `${hamlet}, ${home.name}, huyện Đức Thọ, tỉnh Hà Tĩnh`;
  return { name, idNumber, phone, address };
}

// ---------------------------------------------------------------------------------------------
// Reasons (Vietnamese)

const SUPPLEMENT_REASONS = {
  land: [
    'Thiếu bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    'Thiếu hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng, chứng thực',
    'Sơ đồ thửa đất chưa khớp với bản đồ địa chính, đề nghị đo đạc, chỉnh lý lại',
    'Thiếu văn bản thỏa thuận phân chia di sản thừa kế có chứng thực',
    'Thiếu tờ khai lệ phí trước bạ và tờ khai thuế thu nhập cá nhân',
    'Thiếu văn bản xác nhận của UBND xã về nguồn gốc, thời điểm sử dụng đất',
  ],
  construction: [
    'Thiếu bản vẽ thiết kế xây dựng theo quy định',
    'Thiếu bản sao giấy tờ chứng minh quyền sử dụng đất',
    'Bản vẽ mặt bằng chưa thể hiện khoảng lùi, chỉ giới xây dựng',
  ],
  civil: [
    'Thiếu bản sao giấy chứng sinh',
    'Thiếu giấy xác nhận tình trạng hôn nhân',
    'Thông tin trên tờ khai chưa khớp với giấy tờ tùy thân, đề nghị kê khai lại',
    'Thiếu văn bản ủy quyền có chứng thực',
  ],
  other: [
    'Thiếu bản sao giấy chứng nhận đủ điều kiện theo quy định',
    'Thành phần hồ sơ chưa đầy đủ theo quy định, đề nghị bổ sung bản sao có chứng thực',
    'Tờ khai chưa ghi đầy đủ thông tin, đề nghị kê khai lại theo mẫu',
    'Thiếu bản sao giấy tờ pháp lý của chủ hộ kinh doanh',
    'Thiếu văn bản ủy quyền có chứng thực',
  ],
};
function obligationReason(rng: Rng, p: Procedure): string {
  if (/thuê đất/i.test(p.name)) return 'Thông báo nộp tiền thuê đất';
  if (/chuyển mục đích|giao đất/i.test(p.name)) return 'Thông báo nộp tiền sử dụng đất';
  if (/chuyển nhượng|biến động|thừa kế|tặng cho/i.test(p.name)) {
    return rng.pick(['Thông báo nộp lệ phí trước bạ nhà, đất', 'Thông báo nộp thuế thu nhập cá nhân từ chuyển nhượng bất động sản']);
  }
  return rng.pick(['Thông báo nộp lệ phí trước bạ nhà, đất', 'Thông báo nộp tiền sử dụng đất']);
}
const REJECT_REASONS = [
  'Hồ sơ không đủ điều kiện giải quyết theo quy định',
  'Kết quả thẩm định hồ sơ không đủ điều kiện',
  'Không thuộc đối tượng được hưởng chính sách theo quy định',
  'Thông tin kê khai không đúng thực tế qua xác minh',
];
const LAND_REJECT_REASONS = [
  'Thửa đất đang có tranh chấp, chưa đủ điều kiện cấp giấy chứng nhận',
  'Thửa đất nằm trong quy hoạch, không đủ điều kiện chuyển mục đích sử dụng',
];
const WITHDRAW_REASONS = [
  'Công dân xin rút hồ sơ để hoàn thiện lại giấy tờ',
  'Người nộp hồ sơ có đơn xin rút hồ sơ',
  'Công dân không bổ sung được giấy tờ, xin rút hồ sơ',
];
const REFUSE_REASONS = [
  'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan',
  'Thành phần hồ sơ không đầy đủ theo quy định, đã hướng dẫn công dân hoàn thiện',
  'Người nộp không có giấy ủy quyền hợp lệ',
  'Giấy tờ kèm theo hết hiệu lực, đã hướng dẫn công dân làm lại',
];
const APOLOGY_REASONS = [
  'Hồ sơ cần xác minh thêm thông tin tại địa phương nên chưa trả kết quả đúng hẹn',
  'Cần lấy ý kiến của cơ quan liên quan, chưa kịp trả kết quả đúng hạn',
  'Cán bộ thụ lý đi công tác đột xuất, chậm trả kết quả',
];

function supplementReason(rng: Rng, p: Procedure): string {
  if (p.land) return rng.pick(SUPPLEMENT_REASONS.land);
  if (p.construction) return rng.pick(SUPPLEMENT_REASONS.construction);
  if (p.civil) return rng.pick(SUPPLEMENT_REASONS.civil);
  return rng.pick(SUPPLEMENT_REASONS.other);
}

// ---------------------------------------------------------------------------------------------
// Dossier drafts

interface Ev {
  type: EventType;
  at: number;
  reason?: string;
  via?: ReturnVia;
  level?: RatingLevel;
  to?: string;
  step?: string;
  newAppointment?: number;
}

interface Finish {
  type: 'resolved' | 'rejected' | 'withdrawn';
  at: number;
  reason?: string;
}

interface Draft {
  unit: string;
  proc: Procedure;
  channel: Channel;
  recAt: number | undefined;
  /** The instant whose local date goes into the code (reception, else submission/refusal). */
  codeAt: number;
  events: Ev[];
  resolvedAt: number | undefined;
  seq: number;
}

interface PausePlan {
  supplement: number;
  supplementDays: [number, number];
  obligation: number;
  obligationDays: [number, number];
}

const DISTRICT_PAUSES: PausePlan = { supplement: 0.14, supplementDays: [1, 12], obligation: 0.5, obligationDays: [1, 8] };
const COMMUNE_PAUSES: PausePlan = { supplement: 0.02, supplementDays: [1, 5], obligation: 0.2, obligationDays: [1, 4] };
const CARRIED_PAUSES: PausePlan = { supplement: 0.5, supplementDays: [4, 45], obligation: 0.5, obligationDays: [2, 12] };

type Want = Timeliness;

class Generator {
  readonly drafts: Draft[] = [];
  private readonly pickers = new Map<string, Picker<Procedure>>();
  private seq = 0;

  constructor(
    readonly wt: WorkTime,
    private readonly procedures: Procedure[],
  ) {}

  picker(level: 'district' | 'commune', cls: ProcClass, bias: ProcBias): Picker<Procedure> {
    const key = `${level}|${cls}|${bias}`;
    let p = this.pickers.get(key);
    if (!p) {
      const pool = this.procedures.filter(
        (x) => x.level === level && (cls === 'any' || (cls === 'full' ? x.onlineLevel === 'full' : x.onlineLevel !== 'full')),
      );
      p = new Picker(pool, (x) => x.weight * biasFactor(x, bias));
      if (p.empty) p = new Picker(pool, (x) => x.weight);
      if (p.empty) {
        const any = this.procedures.filter((x) => x.level === level);
        p = new Picker(any.length ? any : this.procedures, (x) => x.weight + 1e-9);
      }
      this.pickers.set(key, p);
    }
    return p;
  }

  // --- event pieces ------------------------------------------------------------------------

  private preReception(rng: Rng, channel: Channel, recAt: number): Ev[] {
    if (channel === 'direct') return [];
    const early = (t: number) => (t >= FIRST_SUBMISSION ? t : recAt - rng.int(5, 60) * MIN);
    if (channel === 'postal') return [{ type: 'submitted', at: early(this.wt.sub(recAt, rng.int(20, 900) * MIN)) }];
    // Online: submitted any time (evenings, weekends), received at a following working session.
    if (rng.chance(0.04) && recAt - 7 * DAY >= FIRST_SUBMISSION) {
      const sub = recAt - rng.int(3 * 24 * 60, 7 * 24 * 60) * MIN;
      const request = this.wt.add(sub, rng.int(30, 600) * MIN);
      if (request < recAt - 3 * HOUR) {
        const span = Math.floor((recAt - 20 * MIN - request) / MIN);
        const supplied = request + rng.int(Math.min(60, span), span) * MIN;
        return [
          { type: 'submitted', at: this.offHours(sub) },
          { type: 'supplement_requested', at: request, reason: 'Hồ sơ nộp trực tuyến chưa đầy đủ thành phần, đề nghị bổ sung' },
          { type: 'supplement_received', at: supplied },
        ];
      }
    }
    const r = rng.next();
    const delay = r < 0.4 ? rng.int(10, 240) : r < 0.85 ? rng.int(240, 1200) : rng.int(1200, 3600);
    return [{ type: 'submitted', at: early(this.offHours(recAt - delay * MIN)) }];
  }

  /** Moves a night-time instant (00:00–06:29) seven hours earlier: people submit in the evening. */
  private offHours(t: number): number {
    return hourOf(t) < 6.5 ? t - 7 * HOUR : t;
  }

  private forwards(rng: Rng, p: Procedure, recAt: number, pauses: readonly Pause[], finish: Finish | undefined): Ev[] {
    const n = p.steps.length;
    if (n < 2) return [];
    const before: number[] = [];
    let acc = 0;
    for (const s of p.steps) {
      before.push(acc);
      acc += s.workingDays;
    }
    const lastBefore = before[n - 1]!;
    if (!(lastBefore > 0)) return [];
    const resolved = finish?.type === 'resolved';
    const pace = resolved ? this.wt.between(recAt, finish.at, pauses) : lastBefore * WDAY * rng.range(0.6, 0.95);
    const stop = finish?.at ?? END;
    const out: Ev[] = [];
    let last = recAt;
    for (let k = 1; k < n; k++) {
      const step = p.steps[k]!;
      let t: number | undefined;
      if (resolved && k === n - 1) t = finish.at;
      else t = this.wt.due(recAt, toMinute((pace * before[k]!) / lastBefore), pauses);
      if (t === undefined || t > stop || (!resolved && t >= stop) || t < last) break;
      out.push({ type: 'forwarded', at: t, to: step.department, step: step.name });
      last = t;
    }
    return out;
  }

  /** Pauses after reception: an optional supplement round, then an optional financial obligation. */
  private planPauses(rng: Rng, p: Procedure, recAt: number, plan: PausePlan, limit: number): Pause[] {
    const pauses: Pause[] = [];
    if (rng.chance(plan.supplement)) {
      const start = this.wt.add(recAt, toMinute(p.budget * rng.range(0.08, 0.5)));
      const [lo, hi] = plan.supplementDays;
      const len = toMinute((lo + (hi - lo) * rng.next() ** 2) * WDAY);
      const end = this.wt.add(start, len);
      if (end < limit) pauses.push({ kind: 'supplement', start, end, reason: supplementReason(rng, p) });
    }
    if (p.obligation && rng.chance(plan.obligation)) {
      const start = this.wt.due(recAt, toMinute(p.budget * rng.range(0.55, 0.8)), pauses);
      const [lo, hi] = plan.obligationDays;
      if (start !== undefined && start > (pauses[0]?.end ?? recAt)) {
        const end = this.wt.add(start, toMinute((lo + (hi - lo) * rng.next() ** 2) * WDAY));
        if (end < limit) pauses.push({ kind: 'obligation', start, end, reason: obligationReason(rng, p) });
      }
    }
    return pauses;
  }

  /**
   * A resolution instant after `lo` and before `hi` with the wanted timeliness against `due`;
   * undefined when impossible.
   */
  private resolution(rng: Rng, p: Procedure, recAt: number, due: number, lo: number, hi: number, want: Want, pauses: readonly Pause[]): number | undefined {
    const wt = this.wt;
    if (want === 'early') {
      const earlyHi = Math.min(hi, dayStart(due));
      if (earlyHi <= lo) return undefined;
      const target = wt.due(recAt, toMinute(p.budget * rng.range(p.workingDays <= 1 ? 0.05 : 0.2, 0.9)), pauses);
      if (target !== undefined && target > lo && target < earlyHi) return target;
      return wt.random(rng, lo, earlyHi);
    }
    if (want === 'on_time') {
      const a = Math.max(lo, dayStart(due));
      if (due < hi) return a < due ? wt.randomClosed(rng, a, due) : undefined;
      return wt.random(rng, a, hi);
    }
    const a = Math.max(lo, due);
    const t = wt.add(a, rng.int(30, 900) * MIN);
    if (t < hi && t > due) return t;
    const r = wt.random(rng, a, hi);
    return r !== undefined && r > due ? r : undefined;
  }

  private apologyFor(rng: Rng, recAt: number, due: number, resolvedAt: number): Ev | undefined {
    const at = Math.max(recAt + MIN, this.wt.sub(due, rng.int(30, 480) * MIN));
    if (at >= resolvedAt) return undefined;
    return {
      type: 'apology',
      at,
      reason: rng.pick(APOLOGY_REASONS),
      newAppointment: this.wt.add(resolvedAt, rng.int(0, 240) * MIN + MIN),
    };
  }

  /** Assembles a received dossier's events (cut at END) and records the draft. */
  private record(
    rng: Rng,
    unit: string,
    p: Procedure,
    channel: Channel,
    recAt: number,
    pauses: readonly Pause[],
    finish: Finish | undefined,
    extra: Ev[] = [],
  ): Draft {
    const events: Ev[] = [...this.preReception(rng, channel, recAt), { type: 'received', at: recAt }];
    events.push(...this.forwards(rng, p, recAt, pauses, finish));
    for (const pause of [...pauses].sort((a, b) => a.start - b.start)) {
      if (pause.kind === 'supplement') {
        events.push({ type: 'supplement_requested', at: pause.start, reason: pause.reason });
        if (pause.end !== undefined && (finish === undefined || pause.end < finish.at)) events.push({ type: 'supplement_received', at: pause.end });
      } else {
        events.push({ type: 'obligation_requested', at: pause.start, reason: pause.reason });
        if (pause.end !== undefined && (finish === undefined || pause.end < finish.at)) events.push({ type: 'obligation_fulfilled', at: pause.end });
      }
    }
    events.push(...extra);
    if (finish) {
      const ev: Ev = { type: finish.type, at: finish.at };
      if (finish.reason !== undefined) ev.reason = finish.reason;
      events.push(ev);
    }
    events.sort((a, b) => a.at - b.at);
    const cut = events.filter((e) => e.at < END);
    const draft: Draft = {
      unit,
      proc: p,
      channel,
      recAt,
      codeAt: recAt,
      events: cut,
      resolvedAt: finish?.type === 'resolved' && finish.at < END ? finish.at : undefined,
      seq: this.seq++,
    };
    this.drafts.push(draft);
    return draft;
  }

  // --- placements --------------------------------------------------------------------------

  private channelFor(rng: Rng, p: Procedure, onlineShare: number, postal: number): Channel {
    if (p.onlineLevel === 'full' && rng.chance(onlineShare)) return 'online';
    return rng.chance(postal) ? 'postal' : 'direct';
  }

  /**
   * A dossier received in [recFrom, recTo) and resolved in (winFrom, winTo) with one of the
   * wanted timelinesses (in order of preference).
   */
  resolved(
    rng: Rng,
    unit: string,
    picker: Picker<Procedure>,
    channel: (p: Procedure) => Channel,
    recFrom: number,
    recTo: number,
    winFrom: number,
    winTo: number,
    wants: readonly Want[],
    plan: PausePlan,
    apologyShare = 0.8,
  ): Draft {
    let p = picker.pick(rng);
    for (let attempt = 0; attempt < 400; attempt++) {
      if (attempt % 8 === 7) p = picker.pick(rng);
      const recAt = this.wt.random(rng, recFrom, recTo);
      if (recAt === undefined) continue;
      const pauses = this.planPauses(rng, p, recAt, plan, winTo - HOUR);
      const due = this.wt.due(recAt, p.budget, pauses);
      if (due === undefined) continue;
      const lo = Math.max(winFrom, recAt, ...pauses.map((x) => x.end ?? Number.POSITIVE_INFINITY));
      for (const want of wants) {
        const at = this.resolution(rng, p, recAt, due, lo, winTo, want, pauses);
        if (at === undefined || at <= lo || at >= winTo) continue;
        const extra: Ev[] = [];
        if (want === 'overdue' && rng.chance(apologyShare)) {
          const apology = this.apologyFor(rng, recAt, due, at);
          if (apology) extra.push(apology);
        }
        return this.record(rng, unit, p, channel(p), recAt, pauses, { type: 'resolved', at }, extra);
      }
    }
    throw new Error(`demo generator: cannot place a resolved dossier of ${p.code} at ${unit}`);
  }

  /** A dossier rejected or withdrawn inside (winFrom, winTo), received in [recFrom, recTo). */
  returned(
    rng: Rng,
    unit: string,
    picker: Picker<Procedure>,
    channel: (p: Procedure) => Channel,
    recFrom: number,
    recTo: number,
    winFrom: number,
    winTo: number,
    type: 'rejected' | 'withdrawn',
  ): Draft {
    let p = picker.pick(rng);
    for (let attempt = 0; attempt < 400; attempt++) {
      if (attempt % 8 === 7) p = picker.pick(rng);
      const recAt = this.wt.random(rng, recFrom, recTo);
      if (recAt === undefined) continue;
      const due = this.wt.add(recAt, p.budget);
      if (type === 'withdrawn' && rng.chance(0.6)) {
        // Asked for a supplement, the applicant gives up and withdraws while paused.
        const start = this.wt.add(recAt, toMinute(p.budget * rng.range(0.1, 0.5)));
        const at = this.wt.random(rng, Math.max(start, winFrom), Math.min(winTo, this.wt.add(start, rng.int(2, 40) * WDAY)));
        if (at === undefined) continue;
        const pause: Pause = { kind: 'supplement', start, end: undefined, reason: supplementReason(rng, p) };
        return this.record(rng, unit, p, channel(p), recAt, [pause], { type, at, reason: rng.pick(WITHDRAW_REASONS) });
      }
      const from = Math.max(winFrom, type === 'rejected' ? this.wt.add(recAt, toMinute(p.budget * 0.3)) : recAt);
      const at = this.wt.random(rng, from, Math.min(winTo, Math.max(due, this.wt.add(from, 5 * WDAY))));
      if (at === undefined) continue;
      const reason = type === 'rejected' ? rng.pick(p.land && rng.chance(0.6) ? LAND_REJECT_REASONS : REJECT_REASONS) : rng.pick(WITHDRAW_REASONS);
      return this.record(rng, unit, p, channel(p), recAt, [], { type, at, reason });
    }
    throw new Error(`demo generator: cannot place a ${type} dossier of ${p.code} at ${unit}`);
  }

  /** Paused at the cut-off (supplement or obligation requested before it, not answered by then). */
  paused(
    rng: Rng,
    unit: string,
    picker: Picker<Procedure>,
    channel: (p: Procedure) => Channel,
    recFrom: number,
    recTo: number,
    kind: 'supplement' | 'obligation',
    skew: number,
  ): Draft {
    let p = picker.pick(rng);
    for (let attempt = 0; attempt < 400; attempt++) {
      if (attempt % 8 === 7) p = picker.pick(rng);
      const recAt = this.wt.randomLate(rng, recFrom, recTo, skew);
      if (recAt === undefined) continue;
      const start = this.wt.add(recAt, toMinute(p.budget * (kind === 'supplement' ? rng.range(0.05, 0.6) : rng.range(0.4, 0.8))));
      if (start >= H1_CUTOFF) continue;
      const reason = kind === 'supplement' ? supplementReason(rng, p) : obligationReason(rng, p);
      const pause: Pause = { kind, start, end: undefined, reason };
      // After the cut-off: some answer and go on, a few withdraw, most are still waiting on 30/06.
      const r = rng.next();
      let finish: Finish | undefined;
      if (r < (kind === 'obligation' ? 0.7 : 0.18)) {
        const end = this.wt.random(rng, Math.max(H1_CUTOFF, start), END);
        if (end !== undefined) {
          pause.end = end;
          const due = this.wt.due(recAt, p.budget, [pause]);
          // Nothing is left overdue on 30/06: what falls due before then is resolved in time.
          if (due !== undefined && (due < END || rng.chance(0.6))) {
            const at = this.resolution(rng, p, recAt, due, end, END, 'early', [pause]) ?? this.resolution(rng, p, recAt, due, end, END, 'on_time', [pause]);
            if (at !== undefined && at > end) finish = { type: 'resolved', at };
          }
        }
      } else if (r < 0.22) {
        const at = this.wt.random(rng, Math.max(H1_CUTOFF, start), END);
        if (at !== undefined) finish = { type: 'withdrawn', at, reason: rng.pick(WITHDRAW_REASONS) };
      }
      return this.record(rng, unit, p, channel(p), recAt, [pause], finish);
    }
    throw new Error(`demo generator: cannot place a paused dossier of ${p.code} at ${unit}`);
  }

  /** In progress and within its deadline at the cut-off (due ≥ cut-off); maybe resolved later. */
  openAtCutoff(rng: Rng, unit: string, picker: Picker<Procedure>, channel: (p: Procedure) => Channel): Draft {
    let p = picker.pick(rng);
    for (let attempt = 0; attempt < 400; attempt++) {
      if (attempt % 8 === 7) p = picker.pick(rng);
      const lower = Math.max(H1_START, this.wt.sub(H1_CUTOFF, p.budget));
      const recAt = this.wt.random(rng, lower, H1_CUTOFF);
      if (recAt === undefined) continue;
      const due = this.wt.add(recAt, p.budget);
      if (!(due >= H1_CUTOFF)) continue;
      let finish: Finish | undefined;
      if (due < END || rng.chance(0.6)) {
        const wants: Want[] = rng.chance(0.85) ? ['early', 'on_time'] : ['on_time', 'early'];
        for (const want of wants) {
          const at = this.resolution(rng, p, recAt, due, H1_CUTOFF, END, want, []);
          if (at !== undefined && at > H1_CUTOFF) {
            finish = { type: 'resolved', at };
            break;
          }
        }
      }
      return this.record(rng, unit, p, channel(p), recAt, [], finish);
    }
    throw new Error(`demo generator: cannot place an in-progress dossier of ${p.code} at ${unit}`);
  }

  /** Received from 15/06/2023: processed as far as 30/06 allows. */
  afterCutoff(rng: Rng, unit: string, picker: Picker<Procedure>, channel: (p: Procedure) => Channel, plan: PausePlan, overdue: number): Draft {
    const p = picker.pick(rng);
    const recAt = this.wt.random(rng, H1_CUTOFF, END) ?? this.wt.add(H1_CUTOFF, HOUR);
    const r = rng.next();
    if (r < plan.supplement * 0.4) {
      const start = this.wt.add(recAt, toMinute(p.budget * rng.range(0.1, 0.5)));
      return this.record(rng, unit, p, channel(p), recAt, [{ kind: 'supplement', start, end: undefined, reason: supplementReason(rng, p) }], undefined);
    }
    if (r < plan.supplement * 0.4 + 0.015) {
      const at = this.wt.random(rng, this.wt.add(recAt, toMinute(p.budget * 0.3)), END);
      if (at !== undefined) return this.record(rng, unit, p, channel(p), recAt, [], { type: 'rejected', at, reason: rng.pick(REJECT_REASONS) });
    }
    const pauses = this.planPauses(rng, p, recAt, plan, END - HOUR);
    const due = this.wt.due(recAt, p.budget, pauses);
    const lo = Math.max(recAt, ...pauses.map((x) => x.end ?? Number.POSITIVE_INFINITY));
    if (due !== undefined) {
      const wants: Want[] = rng.chance(overdue) ? ['overdue'] : rng.chance(0.88) ? ['early', 'on_time'] : ['on_time', 'early'];
      for (const want of wants) {
        const at = this.resolution(rng, p, recAt, due, lo, END, want, pauses);
        if (at === undefined || at <= lo || at >= END) continue;
        const extra: Ev[] = [];
        if (want === 'overdue') {
          const apology = this.apologyFor(rng, recAt, due, at);
          if (apology) extra.push(apology);
        }
        return this.record(rng, unit, p, channel(p), recAt, pauses, { type: 'resolved', at }, extra);
      }
    }
    return this.record(rng, unit, p, channel(p), recAt, pauses.filter((x) => x.end !== undefined && x.end < END), undefined);
  }

  /** Refused at reception (Mẫu 03) at a working instant in (from, to); never received. */
  refused(rng: Rng, unit: string, picker: Picker<Procedure>, from: number, to: number, onlineShare: number): Draft {
    const p = picker.pick(rng);
    const at = this.wt.random(rng, from, to) ?? this.wt.add(from, HOUR);
    const channel: Channel = p.onlineLevel === 'full' && rng.chance(onlineShare) ? 'online' : rng.chance(0.05) ? 'postal' : 'direct';
    const events: Ev[] = [];
    if (channel === 'online') events.push({ type: 'submitted', at: this.offHours(at - rng.int(15, 2400) * MIN) });
    if (channel === 'postal') events.push({ type: 'submitted', at: this.wt.sub(at, rng.int(20, 600) * MIN) });
    events.push({ type: 'refused', at, reason: rng.pick(REFUSE_REASONS) });
    const draft: Draft = { unit, proc: p, channel, recAt: undefined, codeAt: events[0]!.at, events, resolvedAt: undefined, seq: this.seq++ };
    this.drafts.push(draft);
    return draft;
  }

  /** An online submission of the last days, not yet received on 30/06/2023. */
  pending(rng: Rng, unit: string, picker: Picker<Procedure>): Draft {
    const p = picker.pick(rng);
    const at = END - rng.int(10, 36 * 60) * MIN;
    const draft: Draft = { unit, proc: p, channel: 'online', recAt: undefined, codeAt: at, events: [{ type: 'submitted', at }], resolvedAt: undefined, seq: this.seq++ };
    this.drafts.push(draft);
    return draft;
  }

  // --- results and ratings -----------------------------------------------------------------

  /**
   * Adds result_returned and rated events. For the district desk, exactly `postalInPeriod`
   * results sent by post and the exact ratings inside 2023-H1; elsewhere by rates.
   */
  returnsAndRatings(rng: Rng, units: { district: string; postalInPeriod: number; veryInPeriod: number; satisfiedInPeriod: number }): void {
    const inH1 = (t: number) => t >= H1_START && t < H1_CUTOFF;
    const returned: Array<{ d: Draft; at: number }> = [];
    for (const d of this.drafts) {
      if (d.resolvedAt === undefined) continue;
      const r = rng.next();
      const delay = r < 0.5 ? rng.int(10, 200) * MIN : r < 0.85 ? rng.int(200, 1500) * MIN : rng.int(1500, 4800) * MIN;
      const at = this.wt.add(d.resolvedAt, delay);
      if (at >= END || rng.chance(0.01)) continue;
      returned.push({ d, at });
    }
    // Via: exact count of postal returns inside the period at the district desk.
    const districtInPeriod = rng.shuffle(returned.filter((x) => x.d.unit === units.district && inH1(x.at)));
    if (districtInPeriod.length < units.postalInPeriod) throw new Error('demo generator: too few results to return by post');
    // About half of them to applicants who sent their dossier online or by post, the rest direct.
    const remote = districtInPeriod.filter((x) => x.d.channel !== 'direct');
    const postal = new Set<Draft>(remote.slice(0, Math.round(units.postalInPeriod * 0.55)).map((x) => x.d));
    for (const x of districtInPeriod) {
      if (postal.size >= units.postalInPeriod) break;
      if (x.d.channel === 'direct') postal.add(x.d);
    }
    for (const x of districtInPeriod) {
      if (postal.size >= units.postalInPeriod) break;
      postal.add(x.d);
    }
    const rated: Array<{ d: Draft; at: number; via: ReturnVia }> = [];
    for (const x of returned) {
      let via: ReturnVia;
      if (x.d.unit === units.district && inH1(x.at)) via = postal.has(x.d) ? 'postal' : 'counter';
      else via = rng.chance(x.d.unit === units.district ? 0.06 : x.d.channel === 'online' ? 0.015 : 0.005) ? 'postal' : 'counter';
      x.d.events.push({ type: 'result_returned', at: x.at, via });
      const ratedAt = via === 'counter' ? x.at + rng.int(1, 25) * MIN : x.at + rng.int(20 * 60, 4 * 24 * 60) * MIN;
      if (ratedAt < END) rated.push({ d: x.d, at: via === 'postal' ? this.offHours(ratedAt) : ratedAt, via });
    }
    // Ratings: exact at the district desk inside the period, by rates elsewhere.
    const districtRated = rng.shuffle(rated.filter((x) => x.d.unit === units.district && inH1(x.at)));
    const wanted = units.veryInPeriod + units.satisfiedInPeriod;
    if (districtRated.length < wanted) throw new Error('demo generator: too few returned results to rate');
    const levels = new Map<Draft, RatingLevel>();
    districtRated.slice(0, wanted).forEach((x, i) => levels.set(x.d, i < units.satisfiedInPeriod ? 'satisfied' : 'very_satisfied'));
    for (const x of rated) {
      if (x.d.unit === units.district && inH1(x.at)) {
        const level = levels.get(x.d);
        if (level) x.d.events.push({ type: 'rated', at: x.at, level });
        continue;
      }
      if (x.d.unit === units.district) {
        if (rng.chance(0.38)) x.d.events.push({ type: 'rated', at: x.at, level: rng.chance(0.985) ? 'very_satisfied' : 'satisfied' });
        continue;
      }
      if (!rng.chance(0.12)) continue;
      const r = rng.next();
      const level: RatingLevel = r < 0.8 ? 'very_satisfied' : r < 0.995 ? 'satisfied' : 'dissatisfied';
      x.d.events.push({ type: 'rated', at: x.at, level });
    }
    for (const d of this.drafts) d.events.sort((a, b) => a.at - b.at);
  }
}

// ---------------------------------------------------------------------------------------------
// Plans

type CommuneSlot = { origin: 'carried' | 'new'; cls: 'online' | 'direct'; bucket: 'ok' | 'overdue' | 'open' | 'supp' | 'obl' | 'rejected' | 'withdrawn' };

function repeat<T>(n: number, value: T): T[] {
  return Array.from({ length: n }, () => value);
}

function generateDistrict(g: Generator, rng: Rng): void {
  const u = DEMO_DISTRICT;
  const T = DISTRICT_TARGET;
  const anyChannel = (p: Procedure): Channel => (p.onlineLevel === 'full' && rng.chance(0.93) ? 'online' : rng.chance(0.05) ? 'postal' : 'direct');
  const counter = (): Channel => (rng.chance(0.05) ? 'postal' : 'direct');
  const long = g.picker('district', 'any', 'long');
  const supp = g.picker('district', 'any', 'supp');
  // Carried over: received October – 14/12/2022, still open on 15/12/2022.
  for (let i = 0; i < T.carried.ok; i++) {
    g.resolved(rng, u, long, anyChannel, HISTORY_FROM, H1_START, H1_START, H1_CUTOFF, rng.chance(0.82) ? ['early', 'on_time'] : ['on_time', 'early'], CARRIED_PAUSES);
  }
  for (let i = 0; i < T.carried.supp; i++) g.paused(rng, u, supp, anyChannel, HISTORY_FROM, H1_START, 'supplement', 1);
  for (let i = 0; i < T.carried.rejected; i++) g.returned(rng, u, long, anyChannel, addWork(g, H1_START, -25), H1_START, H1_START, H1_CUTOFF, 'rejected');
  for (let i = 0; i < T.carried.withdrawn; i++) g.returned(rng, u, supp, anyChannel, HISTORY_FROM, H1_START, H1_START, H1_CUTOFF, 'withdrawn');
  // Received in the period: channel classes × buckets, paired at random.
  const classes = rng.shuffle([
    ...repeat(T.newOnline, 'online' as const),
    ...repeat(T.newDirectFull, 'directFull' as const),
    ...repeat(T.newDirectOther, 'directOther' as const),
  ]);
  const buckets = rng.shuffle([
    ...repeat(T.fresh.ok, 'ok' as const),
    ...repeat(T.fresh.open, 'open' as const),
    ...repeat(T.fresh.supp, 'supp' as const),
    ...repeat(T.fresh.rejected, 'rejected' as const),
    ...repeat(T.fresh.withdrawn, 'withdrawn' as const),
  ]);
  if (classes.length !== buckets.length) throw new Error('demo generator: district targets do not add up');
  classes.forEach((cls, i) => {
    const bucket = buckets[i]!;
    const procClass: ProcClass = cls === 'directOther' ? 'other' : 'full';
    const bias: ProcBias = bucket === 'supp' || bucket === 'withdrawn' ? 'supp' : bucket === 'open' ? 'long' : 'plain';
    const picker = g.picker('district', procClass, bias);
    const channel = (): Channel => (cls === 'online' ? 'online' : counter());
    switch (bucket) {
      case 'ok':
        g.resolved(rng, u, picker, channel, H1_START, H1_CUTOFF, H1_START, H1_CUTOFF, rng.chance(0.9) ? ['early', 'on_time'] : ['on_time', 'early'], DISTRICT_PAUSES);
        break;
      case 'open':
        g.openAtCutoff(rng, u, picker, channel);
        break;
      case 'supp':
        g.paused(rng, u, picker, channel, H1_START, H1_CUTOFF, 'supplement', 1.6);
        break;
      case 'rejected':
      case 'withdrawn':
        g.returned(rng, u, picker, channel, H1_START, H1_CUTOFF, H1_START, H1_CUTOFF, bucket);
        break;
    }
  });
  // Before the period: received and finished before 15/12/2022 (Q4 2022 looks real).
  const fullShare = (T.newOnline + T.newDirectFull) / (T.newOnline + T.newDirectFull + T.newDirectOther);
  const fullPicker = g.picker('district', 'full', 'plain');
  const otherPicker = g.picker('district', 'other', 'plain');
  const shortPicker = (full: boolean) => g.picker('district', full ? 'full' : 'other', 'short');
  for (let i = 0; i < HISTORY.districtBefore; i++) {
    const full = rng.chance(fullShare);
    const r = rng.next();
    if (r < 0.025) {
      g.returned(rng, u, full ? fullPicker : otherPicker, anyChannel, HISTORY_FROM, H1_START, HISTORY_FROM, H1_START, rng.chance(0.5) ? 'rejected' : 'withdrawn');
      continue;
    }
    const wants: Want[] = r < 0.05 ? ['overdue'] : r < 0.2 ? ['on_time', 'early'] : ['early', 'on_time'];
    g.resolved(rng, u, shortPicker(full), anyChannel, HISTORY_FROM, H1_START, HISTORY_FROM, H1_START, wants, DISTRICT_PAUSES);
  }
  // Refusals at reception.
  const all = g.picker('district', 'any', 'plain');
  for (let i = 0; i < T.refused; i++) g.refused(rng, u, all, H1_START, H1_CUTOFF, 0.9);
  for (let i = 0; i < 9; i++) g.refused(rng, u, all, HISTORY_FROM, H1_START, 0.9);
  for (let i = 0; i < 3; i++) g.refused(rng, u, all, H1_CUTOFF, END, 0.9);
  // After the cut-off: new dossiers 15–30/06/2023, online submissions still waiting.
  for (let i = 0; i < HISTORY.districtAfter; i++) {
    const full = rng.chance(fullShare);
    g.afterCutoff(rng, u, full ? fullPicker : otherPicker, anyChannel, DISTRICT_PAUSES, 0.02);
  }
  for (let i = 0; i < HISTORY.districtPending; i++) g.pending(rng, u, fullPicker);
}

function addWork(g: Generator, t: number, days: number): number {
  return days >= 0 ? g.wt.add(t, days * WDAY) : g.wt.sub(t, -days * WDAY);
}

function generateCommunes(g: Generator, rng: Rng): void {
  const T = COMMUNE_TARGET;
  const slots: CommuneSlot[] = [];
  for (const [bucket, n] of Object.entries(T.carried) as Array<[CommuneSlot['bucket'], number]>) {
    for (let i = 0; i < n; i++) slots.push({ origin: 'carried', cls: 'direct', bucket });
  }
  const classes = rng.shuffle([...repeat(T.newOnline, 'online' as const), ...repeat(T.newDirect, 'direct' as const)]);
  const buckets: Array<CommuneSlot['bucket']> = [];
  for (const [bucket, n] of Object.entries(T.fresh) as Array<[CommuneSlot['bucket'], number]>) buckets.push(...repeat(n, bucket));
  rng.shuffle(buckets);
  if (classes.length !== buckets.length) throw new Error('demo generator: commune targets do not add up');
  classes.forEach((cls, i) => slots.push({ origin: 'new', cls, bucket: buckets[i]! }));
  // The financial obligation (lease of commune land) is a counter dossier.
  const obl = slots.find((x) => x.bucket === 'obl' && x.cls === 'online');
  const swap = slots.find((x) => x.origin === 'new' && x.bucket === 'ok' && x.cls === 'direct');
  if (obl && swap) [obl.bucket, swap.bucket] = [swap.bucket, obl.bucket];
  // Each slot goes to a commune by size, online slots leaning to the communes that use it more.
  const onlinePicker = new Picker(COMMUNES, (c) => c.weight * c.online);
  const directPicker = new Picker(COMMUNES, (c) => c.weight / c.online);
  const anyChannel = (p: Procedure): Channel => (p.onlineLevel === 'full' && rng.chance(0.75) ? 'online' : rng.chance(0.01) ? 'postal' : 'direct');
  const counter = (): Channel => (rng.chance(0.01) ? 'postal' : 'direct');
  for (const slot of slots) {
    const unit = (slot.cls === 'online' ? onlinePicker : directPicker).pick(rng).code;
    const procClass: ProcClass = slot.cls === 'online' ? 'full' : 'any';
    const channel = slot.origin === 'carried' ? anyChannel : (): Channel => (slot.cls === 'online' ? 'online' : counter());
    if (slot.origin === 'carried') {
      const picker = g.picker('commune', 'any', 'long');
      const from = addWork(g, H1_START, -12);
      if (slot.bucket === 'overdue') {
        g.resolved(rng, unit, g.picker('commune', 'any', 'plain'), channel, from, H1_START, H1_START, H1_CUTOFF, ['overdue'], COMMUNE_PAUSES, 1);
      } else {
        g.resolved(rng, unit, picker, channel, from, H1_START, H1_START, H1_CUTOFF, ['early', 'on_time'], COMMUNE_PAUSES);
      }
      continue;
    }
    switch (slot.bucket) {
      case 'ok':
        g.resolved(rng, unit, g.picker('commune', procClass, 'plain'), channel, H1_START, H1_CUTOFF, H1_START, H1_CUTOFF, rng.chance(0.92) ? ['early', 'on_time'] : ['on_time', 'early'], COMMUNE_PAUSES);
        break;
      case 'overdue':
        g.resolved(rng, unit, g.picker('commune', procClass, 'plain'), channel, H1_START, H1_CUTOFF, H1_START, H1_CUTOFF, ['overdue'], COMMUNE_PAUSES, 0.75);
        break;
      case 'open':
        g.openAtCutoff(rng, unit, g.picker('commune', procClass, 'long'), channel);
        break;
      case 'supp':
        g.paused(rng, unit, g.picker('commune', procClass, 'supp'), channel, H1_START, H1_CUTOFF, 'supplement', 3);
        break;
      case 'obl':
        g.paused(rng, unit, g.picker('commune', 'any', 'obl'), channel, addWork(g, H1_CUTOFF, -15), H1_CUTOFF, 'obligation', 1);
        break;
      case 'rejected':
      case 'withdrawn':
        g.returned(rng, unit, g.picker('commune', procClass, slot.bucket === 'withdrawn' ? 'supp' : 'plain'), channel, H1_START, H1_CUTOFF, H1_START, H1_CUTOFF, slot.bucket);
        break;
    }
  }
  // Outside the period, per commune by size.
  const totalWeight = COMMUNES.reduce((s, c) => s + c.weight, 0);
  const all = g.picker('commune', 'any', 'plain');
  const short = g.picker('commune', 'any', 'short');
  const onlineShare = T.newOnline / (T.newOnline + T.newDirect);
  const fullPicker = g.picker('commune', 'full', 'plain');
  for (const c of COMMUNES) {
    const share = c.weight / totalWeight;
    const channel = (p: Procedure): Channel => (p.onlineLevel === 'full' && rng.chance(Math.min(0.95, 0.8 * c.online)) ? 'online' : rng.chance(0.01) ? 'postal' : 'direct');
    const before = Math.round(HISTORY.communesBefore * share);
    for (let i = 0; i < before; i++) {
      const r = rng.next();
      if (r < 0.006) {
        g.returned(rng, c.code, all, channel, HISTORY_FROM, H1_START, HISTORY_FROM, H1_START, r < 0.003 ? 'rejected' : 'withdrawn');
        continue;
      }
      const wants: Want[] = r < 0.012 ? ['overdue'] : r < 0.09 ? ['on_time', 'early'] : ['early', 'on_time'];
      const picker = rng.chance(onlineShare) ? fullPicker : short;
      g.resolved(rng, c.code, picker, channel, HISTORY_FROM, H1_START, HISTORY_FROM, H1_START, wants, COMMUNE_PAUSES);
    }
    const after = Math.round(HISTORY.communesAfter * share);
    for (let i = 0; i < after; i++) g.afterCutoff(rng, c.code, rng.chance(onlineShare) ? fullPicker : all, channel, COMMUNE_PAUSES, 0.004);
    const pending = Math.max(0, Math.round(HISTORY.communesPending * share + rng.range(-0.5, 0.5)));
    for (let i = 0; i < pending; i++) g.pending(rng, c.code, fullPicker);
    const refusedH1 = rng.int(Math.floor(c.weight / 5), Math.ceil(c.weight / 2));
    for (let i = 0; i < refusedH1; i++) g.refused(rng, c.code, all, H1_START, H1_CUTOFF, 0.6);
    if (rng.chance(0.5)) g.refused(rng, c.code, all, HISTORY_FROM, H1_START, 0.6);
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function eventJson(e: Ev): Record<string, string> {
  const o: Record<string, string> = { type: e.type, at: formatInstant(e.at) };
  if (e.reason !== undefined) o['reason'] = e.reason;
  if (e.via !== undefined) o['via'] = e.via;
  if (e.level !== undefined) o['level'] = e.level;
  if (e.to !== undefined) o['to'] = e.to;
  if (e.step !== undefined) o['step'] = e.step;
  if (e.newAppointment !== undefined) o['newAppointment'] = formatInstant(e.newAppointment);
  return o;
}

/**
 * Generates the demo dossiers (JSON Lines, one dossier per string) for the demo catalogue
 * (`demo-procedures.jsonl`). Deterministic: the same catalogue gives the same lines.
 */
export function generateDemoDossiers(catalogueJsonl: string): string[] {
  const rng = new Rng('motcua-demo-duc-tho-2023');
  const procedures = parseCatalogue(catalogueJsonl, new Rng('motcua-demo-catalogue'));
  if (!procedures.some((p) => p.level === 'district') || !procedures.some((p) => p.level === 'commune')) {
    throw new Error('demo generator: the catalogue needs district and commune procedures');
  }
  const wt = new WorkTime(WorkCalendar.official(), '2022-09-01', '2024-12-31');
  const g = new Generator(wt, procedures);
  generateDistrict(g, new Rng('district-440'));
  generateCommunes(g, new Rng('communes'));
  g.returnsAndRatings(rng, {
    district: DEMO_DISTRICT,
    postalInPeriod: DISTRICT_TARGET.resultsByPost,
    veryInPeriod: DISTRICT_TARGET.ratedVerySatisfied,
    satisfiedInPeriod: DISTRICT_TARGET.ratedSatisfied,
  });

  // Codes: <agency>-YYMMDD-NNNN, numbered per agency and day in time order.
  const agencies = demoAgencyCodes();
  const drafts = [...g.drafts].sort((a, b) => a.codeAt - b.codeAt || a.seq - b.seq);
  const sequences = new Map<string, number>();
  const applicantRng = new Rng('applicants');
  const lines: string[] = [];
  for (const d of drafts) {
    const agency = agencies[d.unit];
    if (!agency) throw new Error(`demo generator: no agency code for unit ${d.unit}`);
    const day = localDateOf(d.codeAt);
    const key = `${agency}|${day}`;
    const n = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, n);
    const applicant = makeApplicant(applicantRng, d.unit);
    lines.push(
      JSON.stringify({
        code: formatDossierCode(agency, day, n),
        unit: d.unit,
        procedure: d.proc.code,
        channel: d.channel,
        applicant,
        events: d.events.map(eventJson),
      }),
    );
  }
  return lines;
}
