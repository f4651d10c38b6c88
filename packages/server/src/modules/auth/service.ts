import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Role } from '@motcua/core';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { findCurrentOrLatestUnit, findUnitByCodeAt } from '../units/repo.js';
import * as repo from './repo.js';
import { computeScope, type Actor } from './policy.js';
import type { CreateUserBody, SessionUser, UpdateUserBody, UserView } from './schema.js';

export const SESSION_COOKIE = 'motcua_session';
export const SESSION_TTL_MS = 12 * 3600_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
const ARGON2ID = 2; // @node-rs/argon2 Algorithm.Argon2id (a const enum, not importable with isolatedModules)

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

function toSessionUser(u: repo.UserWithUnit): SessionUser {
  return { username: u.username, fullName: u.fullName, role: u.role as Role, unit: { code: u.unitCode, name: u.unitName, level: u.unitLevel, parentCode: u.unitParentCode, validTo: u.unitValidTo ?? null } };
}

function toUserView(u: repo.UserWithUnit, now = new Date()): UserView {
  return { ...toSessionUser(u), active: u.active, locked: u.lockedUntil !== null && u.lockedUntil > now, demo: u.isDemo };
}

// A constant hash to verify against for unknown users, so response time does not reveal them.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password with lockout: after MAX_FAILED_LOGINS failures the account is locked for
 * LOCKOUT_MS (423), whatever the password. Returns a new session token (only its hash is stored).
 */
export async function login(db: Db, username: string, password: string, now = new Date()) {
  const user = await repo.findUserByUsername(db, username);
  if (!user || !user.active) {
    await verify((await (dummyHash ??= hashPassword('not-a-password'))), password).catch(() => false);
    throw new AppError('UNAUTHORIZED', 'Sai tên đăng nhập hoặc mật khẩu');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('LOCKED', 'Tài khoản tạm khoá do đăng nhập sai nhiều lần', { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!(await verify(user.passwordHash, password))) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db
      .updateTable('users')
      .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MS) : user.lockedUntil })
      .where('id', '=', user.id)
      .execute();
    if (lock) throw new AppError('LOCKED', 'Tài khoản tạm khoá do đăng nhập sai nhiều lần', { lockedUntil: new Date(now.getTime() + LOCKOUT_MS).toISOString() });
    throw new AppError('UNAUTHORIZED', 'Sai tên đăng nhập hoặc mật khẩu');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ failedLogins: 0, lockedUntil: null }).where('id', '=', user.id).execute();
    await tx.deleteFrom('sessions').where('expiresAt', '<', now).execute();
    await tx.insertInto('sessions').values({ tokenHash: sha256(token), userId: user.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) }).execute();
  });
  return { token, csrfToken, user: toSessionUser(user) };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', sha256(token)).execute();
}

/** The actor behind a session cookie, or undefined when the session is unknown or expired. */
export async function actorFromSession(db: Db, token: string, now = new Date()): Promise<Extract<Actor, { kind: 'user' }> | undefined> {
  const row = await repo.findSessionUser(db, sha256(token), now);
  if (!row) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('tokenHash', '=', sha256(token)).execute();
  }
  const { csrfToken, lastSeenAt: _seen, ...user } = row;
  return { kind: 'user', user, role: user.role as Role, csrfToken, scope: await computeScope(db, user) };
}

export function sessionResponse(actor: Extract<Actor, { kind: 'user' }>) {
  return { user: toSessionUser(actor.user), csrfToken: actor.csrfToken };
}

/** Units a unit admin manages: their scope; a system admin: all (null). */
function manageable(actor: Actor): number[] | null {
  if (actor.kind === 'system') return null;
  if (actor.kind === 'user' && actor.role === 'system_admin') return null;
  if (actor.kind === 'user' && actor.role === 'unit_admin') return actor.scope;
  throw new AppError('FORBIDDEN', 'Chỉ quản trị mới quản lý tài khoản');
}

async function resolveUnitFor(db: Db, actor: Actor, code: string, on?: string) {
  const unit = on ? await findUnitByCodeAt(db, code, on) : await findCurrentOrLatestUnit(db, code, today());
  if (!unit) throw AppError.notFound('Unit', code);
  const scope = manageable(actor);
  if (scope && !scope.includes(unit.id) && !(unit.parentId !== null && scope.includes(unit.parentId))) {
    throw new AppError('FORBIDDEN', 'Đơn vị ngoài phạm vi quản lý', { unit: code });
  }
  return unit;
}

export async function createUser(db: Db, actor: Actor, body: CreateUserBody, opts: { demo?: boolean } = {}): Promise<UserView> {
  if (actor.kind === 'user' && actor.role !== 'system_admin' && body.role === 'system_admin') {
    throw new AppError('FORBIDDEN', 'Chỉ quản trị hệ thống tạo được quản trị hệ thống');
  }
  const unit = await resolveUnitFor(db, actor, body.unit, body.unitOn);
  if (await repo.findUserByUsername(db, body.username)) {
    throw new AppError('CONFLICT', `Tên đăng nhập ${body.username} đã có`, { issues: [{ field: 'username', reason: 'already exists' }] });
  }
  await db
    .insertInto('users')
    .values({ username: body.username, fullName: body.fullName, role: body.role, unitId: unit.id, passwordHash: await hashPassword(body.password), isDemo: opts.demo ?? false })
    .execute();
  return toUserView((await repo.findUserByUsername(db, body.username))!);
}

export async function updateUser(db: Db, actor: Actor, username: string, body: UpdateUserBody): Promise<UserView> {
  const scope = manageable(actor);
  const user = await repo.findUserByUsername(db, username);
  if (!user || (scope && !scope.includes(user.unitId) && !(user.unitParentId !== null && scope.includes(user.unitParentId)))) {
    throw AppError.notFound('User', username);
  }
  if (actor.kind === 'user' && actor.role !== 'system_admin' && (body.role === 'system_admin' || user.role === 'system_admin')) {
    throw new AppError('FORBIDDEN', 'Chỉ quản trị hệ thống sửa được quản trị hệ thống');
  }
  const unitId = body.unit ? (await resolveUnitFor(db, actor, body.unit, body.unitOn)).id : undefined;
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({
        ...(body.fullName ? { fullName: body.fullName } : {}),
        ...(body.role ? { role: body.role } : {}),
        ...(unitId ? { unitId } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        ...(body.password ? { passwordHash: await hashPassword(body.password), isDemo: false, failedLogins: 0, lockedUntil: null } : {}),
        updatedAt: new Date(),
      })
      .where('id', '=', user.id)
      .execute();
    // A changed role, unit, password or deactivation ends the user's sessions.
    if (body.role || unitId || body.password || body.active === false) await tx.deleteFrom('sessions').where('userId', '=', user.id).execute();
  });
  return toUserView((await repo.findUserByUsername(db, username))!);
}

export async function listUsers(db: Db, actor: Actor): Promise<UserView[]> {
  return (await repo.listUsers(db, manageable(actor))).map((u) => toUserView(u));
}

/** A production start refuses to run while demo accounts (published passwords) are active. */
export async function assertNoActiveDemoUsers(db: Db): Promise<void> {
  const demo = await db.selectFrom('users').select('username').where('isDemo', '=', true).where('active', '=', true).execute();
  if (demo.length) {
    throw new Error(
      `Chế độ production: còn ${demo.length} tài khoản mẫu với mật khẩu công khai (${demo.map((d) => d.username).join(', ')}). ` +
        'Đổi mật khẩu hoặc khoá chúng (motcua users disable-demo) trước khi chạy.',
    );
  }
}
