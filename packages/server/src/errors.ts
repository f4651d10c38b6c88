/** The closed list of error codes; each maps to exactly one HTTP status (compile-time checked). */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'UNPROCESSABLE'
  | 'CONFLICT'
  | 'ACTION_NOT_ALLOWED'
  | 'IDEMPOTENCY_MISMATCH'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'LOCKED'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export const HTTP_STATUS = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  LOCKED: 423,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ACTION_NOT_ALLOWED: 409,
  IDEMPOTENCY_MISMATCH: 422,
  UNPROCESSABLE: 422,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;

/** One problem with one field of the input. */
export interface FieldIssue {
  field: string;
  reason: string;
  /** 1-based line of an imported file, when the input is a file. */
  line?: number;
}

/** `line N: field: reason` (the import error format), or `field: reason`. */
export function formatIssue(i: FieldIssue): string {
  return `${i.line !== undefined ? `line ${i.line}: ` : ''}${i.field}: ${i.reason}`;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { issues?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }

  static notFound(what: string, key: string): AppError {
    return new AppError('NOT_FOUND', `${what} ${key} not found`, { resource: what, key });
  }

  static validation(issues: FieldIssue[], message = 'Invalid input'): AppError {
    return new AppError('VALIDATION', message, { issues });
  }

  /** A rejected file import: every issue, in line order; nothing was written. */
  static importRejected(issues: FieldIssue[]): AppError {
    const sorted = [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const first = sorted.slice(0, 5).map(formatIssue).join('\n');
    return AppError.validation(sorted, `Import rejected, nothing written: ${sorted.length} problem(s)\n${first}`);
  }
}
