import { ROLES } from '@motcua/core';
import { z } from 'zod';

export const Role = z.enum(ROLES);

export const LoginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const SessionUser = z.object({
  username: z.string(),
  fullName: z.string(),
  role: Role,
  unit: z.object({
    code: z.string(),
    name: z.string(),
    level: z.string(),
    parentCode: z.string().nullable(),
    // A unit that has ceased (merged on 01/07/2025…): screens open on its last period, not today's.
    validTo: z.string().nullable().describe('Last day the unit existed (null: still exists)'),
  }),
});
export type SessionUser = z.output<typeof SessionUser>;

export const SessionResponse = z.object({
  user: SessionUser,
  csrfToken: z.string().describe('Send it back as X-CSRF-Token on every non-GET request'),
});

const Password = z.string().min(10, 'at least 10 characters').max(200);

export const CreateUserBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,60}$/, '3–60 characters: letters, digits, . _ -'),
  fullName: z.string().trim().min(1).max(200),
  role: Role,
  unit: z.string().trim().min(1).describe('Unit code (committee or department)'),
  unitOn: z.iso.date().optional().describe('Pick the version of the unit valid on this date (codes are reused after mergers); default: today, else its last version'),
  password: Password,
});
export type CreateUserBody = z.output<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  fullName: z.string().trim().min(1).max(200).optional(),
  role: Role.optional(),
  unit: z.string().trim().min(1).optional(),
  unitOn: z.iso.date().optional(),
  active: z.boolean().optional(),
  password: Password.optional(),
});
export type UpdateUserBody = z.output<typeof UpdateUserBody>;

export const UserView = SessionUser.extend({
  active: z.boolean(),
  locked: z.boolean(),
  demo: z.boolean(),
});
export type UserView = z.output<typeof UserView>;
