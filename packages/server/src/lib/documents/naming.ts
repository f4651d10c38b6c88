/**
 * How official documents name a unit's People's Committee and its place (Nghị định 30/2020:
 * "UBND TỈNH HÀ TĨNH" over "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ"; "Đức Thọ, ngày …").
 */

export interface NamedUnit {
  /** "Huyện Đức Thọ", "Thị trấn Đức Thọ", "Thành phố Hà Tĩnh". */
  name: string;
  /** "Huyện", "Thị trấn", "Thành phố (thuộc tỉnh)". */
  kind: string;
}

/** The kind as it starts the name ("Thành phố (thuộc tỉnh)" → "Thành phố"). */
function kindPrefix(u: NamedUnit): string | undefined {
  const k = u.kind.replace(/\s*\(.*\)\s*$/, '').trim();
  return k && u.name.toLowerCase().startsWith(`${k.toLowerCase()} `) ? u.name.slice(0, k.length) : undefined;
}

/** The place name of a unit: "Huyện Đức Thọ" → "Đức Thọ" (for the place-and-date line). */
export function placeOf(u: NamedUnit): string {
  const k = kindPrefix(u);
  return k ? u.name.slice(k.length).trim() : u.name;
}

/** "Huyện Đức Thọ" → "huyện Đức Thọ" (the kind in lower case inside a sentence). */
export function inSentence(u: NamedUnit): string {
  const k = kindPrefix(u);
  return k ? `${k.toLowerCase()} ${placeOf(u)}` : u.name;
}

/** "Ủy ban nhân dân huyện Đức Thọ". */
export function committeeName(u: NamedUnit): string {
  return `Ủy ban nhân dân ${inSentence(u)}`;
}

/** "UBND huyện Đức Thọ" (the short form used for a parent body and in running text). */
export function committeeShort(u: NamedUnit): string {
  return `UBND ${inSentence(u)}`;
}
