/** Vietnamese number formats of official documents (statistics.md): 3.622; 97,78%. */

/** Rounds half up to `decimals` places, exact for the decimal inputs reports use. */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // The epsilon absorbs binary representation error (e.g. 1.005 * 100 = 100.49999…).
  return Math.sign(value) * Math.floor(Math.abs(value) * factor + 0.5 + 1e-9) / factor;
}

export function formatNumberVi(value: number, decimals = 0): string {
  const rounded = roundHalfUp(value, decimals);
  const [intPart, fracPart] = Math.abs(rounded).toFixed(decimals).split('.') as [string, string?];
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (rounded < 0 ? '-' : '') + grouped + (fracPart ? `,${fracPart}` : '');
}

/** part/whole as a percentage, half-up to two decimals: formatPercentVi(44, 45) = "97,78%". */
export function formatPercentVi(part: number, whole: number, decimals = 2): string {
  if (whole === 0) return '0%';
  return `${formatNumberVi((part * 100) / whole, decimals)}%`;
}

/** Zero-padded dd/MM/yyyy of a local date string. */
export function formatDateVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** dd/MM/yyyy HH:mm of an instant (epoch ms) in Vietnam time, as forms and the portal show it. */
export function formatDateTimeVi(instant: number): string {
  const d = new Date(instant + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
}

/**
 * The place-and-date line of an official document (Nghị định 30/2020, Phụ lục I): days below 10
 * and the months 1 and 2 are zero-padded, other months are not — "Đức Thọ, ngày 05 tháng 01 năm
 * 2023", "Đức Thọ, ngày 14 tháng 6 năm 2023".
 */
export function formatPlaceDateVi(place: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place ? `${place}, ` : ''}ngày ${day} tháng ${month} năm ${y}`;
}
