/** Codes of Thông tư 01/2018/TT-VPCP and of citizens' documents. */

/** `<agency identifier>-YYMMDD-NNNN` (Art. 19); agency identifier per QCVN 102:2016. */
export const DOSSIER_CODE = /^([0-9A-Z]{3}(?:\.[0-9A-Z]{2}){2}\.[A-Z][0-9]{2})-(\d{6})-(\d{4,})$/;

export function formatDossierCode(agencyCode: string, localDate: string, sequence: number): string {
  const yymmdd = localDate.slice(2, 4) + localDate.slice(5, 7) + localDate.slice(8, 10);
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

/** CCCD: 12 digits, the first three the province of birth (001–096). */
export function isValidCitizenId(id: string): boolean {
  if (!/^\d{12}$/.test(id)) return false;
  const province = Number(id.slice(0, 3));
  const centuryGender = Number(id[3]);
  return province >= 1 && province <= 96 && centuryGender <= 9;
}

/** Old 9-digit CMND is still seen in imported history. */
export function isValidPersonalId(id: string): boolean {
  return isValidCitizenId(id) || /^\d{9}$/.test(id);
}

export function isValidVietnamesePhone(phone: string): boolean {
  return /^(0|\+84)\d{9,10}$/.test(phone.replace(/[\s.-]/g, ''));
}
