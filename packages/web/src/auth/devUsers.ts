import type { SessionUser } from '../api/types';

/**
 * DEVELOPMENT ONLY. Simulated staff for a server that has no /api/auth yet (it answers 404).
 * They carry no credentials: the server trusts nobody through them; the username is only sent
 * as X-MotCua-Actor so events show who acted. Removed from use as soon as /api/auth/me exists.
 * Units are the demo district Đức Thọ (440, before the 2025 merger) and a post-merger commune.
 */
export const DEV_USERS: readonly SessionUser[] = [
  { username: 'dev.motcua.huyen', fullName: 'Nguyễn Thị Hoa', role: 'reception', unit: { code: '440', name: 'Huyện Đức Thọ', level: 'district' } },
  { username: 'dev.motcua.xa', fullName: 'Trần Văn Bình', role: 'reception', unit: { code: '18229', name: 'Xã Đức Thọ', level: 'commune' } },
  { username: 'dev.chuyenvien', fullName: 'Lê Minh Châu', role: 'specialist', unit: { code: '440-TP', name: 'Phòng Tư pháp', level: 'department', parentCode: '440' } },
  { username: 'dev.truongphong', fullName: 'Phạm Quốc Dũng', role: 'department_head', unit: { code: '440-TP', name: 'Phòng Tư pháp', level: 'department', parentCode: '440' } },
  { username: 'dev.lanhdao', fullName: 'Hoàng Văn Em', role: 'leader', unit: { code: '440', name: 'Huyện Đức Thọ', level: 'district' } },
  { username: 'dev.cchc', fullName: 'Võ Thị Giang', role: 'reform_officer', unit: { code: '440-NV', name: 'Phòng Nội vụ', level: 'department', parentCode: '440' } },
  { username: 'dev.quantri', fullName: 'Đặng Văn Khoa', role: 'system_admin', unit: { code: '440', name: 'Huyện Đức Thọ', level: 'district' } },
];

const STORAGE_KEY = 'motcua.devUser';

export function loadDevUser(): SessionUser | undefined {
  try {
    const username = localStorage.getItem(STORAGE_KEY);
    return DEV_USERS.find((u) => u.username === username);
  } catch {
    return undefined;
  }
}

export function saveDevUser(user: SessionUser | undefined): void {
  try {
    if (user) localStorage.setItem(STORAGE_KEY, user.username);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not persisted: the choice lasts for this page only.
  }
}
