import type { Role } from '@motcua/core';

/** Mirrors packages/server/src/modules/assignments/service.ts (the server enforces them). */
export const ASSIGNMENT_WRITERS: readonly Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
export const ASSIGNMENT_REPORTERS: readonly Role[] = [...ASSIGNMENT_WRITERS, 'department_head', 'specialist'];
/** Mirrors packages/server/src/modules/figures/routes.ts. */
export const FIGURE_WRITERS: readonly Role[] = ['specialist', 'department_head', 'reform_officer', 'unit_admin', 'system_admin'];
export const FIGURE_LOCKERS: readonly Role[] = ['reform_officer', 'system_admin'];

/** dayjs-free conversions between the API's YYYY-MM-DD and the UI's dd/MM/yyyy. */
export const viDate = (d: string | null | undefined): string => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');
/** Mirrors packages/server/src/modules/plans/routes.ts PLAN_WRITERS. */
export const PLAN_WRITERS: readonly Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
/** Mirrors packages/server/src/modules/reform-records/scope.ts REFORM_WRITERS. */
export const RECORD_WRITERS: readonly Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
