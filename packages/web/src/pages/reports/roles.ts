import type { Role } from '@motcua/core';

/**
 * Who may do what with reports (issue #5 API contract; the server enforces it, and each report's
 * allowedActions is already filtered for the caller — these only decide which entry points to show).
 */
export const REPORT_WRITERS: readonly Role[] = ['reform_officer', 'system_admin'];
export const TEMPLATE_EDITORS: readonly Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
