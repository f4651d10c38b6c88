import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../db/database.js';
import { AppError } from '../errors.js';
import { canonicalJson } from './hash.js';

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Runs a mutation in one transaction. With an Idempotency-Key, the response is stored in the
 * same transaction: a retry returns the first response and changes nothing; the same key with
 * a different request answers 422. Two concurrent requests with one key: one runs, the other
 * gets the stored result once the first commits.
 */
export async function runIdempotent(
  db: Db,
  key: string | undefined,
  request: { method: string; url: string; body: unknown },
  work: (tx: Tx) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!key) return db.transaction().execute(work);
  if (key.length > 200) throw AppError.validation([{ field: 'Idempotency-Key', reason: 'at most 200 characters' }]);
  const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`).digest('hex');
  const replay = async () => {
    const stored = await db.selectFrom('idempotencyKeys').selectAll().where('key', '=', key).executeTakeFirst();
    if (!stored) return undefined;
    if (stored.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_MISMATCH', 'This Idempotency-Key was used for a different request', {
        issues: [{ field: 'Idempotency-Key', reason: 'already used for a different request' }],
      });
    }
    return { statusCode: stored.statusCode, body: stored.response };
  };
  const first = await replay();
  if (first) return first;
  try {
    return await db.transaction().execute(async (tx) => {
      const response = await work(tx);
      await tx
        .insertInto('idempotencyKeys')
        .values({ key, requestHash, statusCode: response.statusCode, response: JSON.stringify(response.body) })
        .execute();
      return response;
    });
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION && String((e as Error).message).includes('idempotency_keys')) {
      const stored = await replay();
      if (stored) return stored;
    }
    throw e;
  }
}

/** A route's mutation: runIdempotent with the request's Idempotency-Key header, typed result. */
export async function idempotentMutation<T>(
  db: Db,
  req: FastifyRequest,
  work: (tx: Tx) => Promise<T>,
  statusCode = 200,
): Promise<{ statusCode: number; body: T }> {
  const key = req.headers['idempotency-key'];
  const r = await runIdempotent(db, typeof key === 'string' ? key : undefined, { method: req.method, url: req.url, body: req.body }, async (tx) => ({
    statusCode,
    body: await work(tx),
  }));
  return { statusCode: r.statusCode, body: r.body as T };
}
