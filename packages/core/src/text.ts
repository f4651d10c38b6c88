/**
 * Diacritic-insensitive Vietnamese folding ("Đăng ký" → "dang ky"), identical to the database's
 * f_unaccent_vi() for the letters Vietnamese uses, so the API and SQL agree.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sorts Vietnamese strings the way people expect (the database collation is C). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
