import { useRef } from 'react';
import { newIdempotencyKey } from '../../lib/ids';

/**
 * One Idempotency-Key per intended submission (as pages/dossier does): a retry of the same body
 * (lost response, double click) reuses the key so the server applies it once; a changed body
 * is a new submission with a new key.
 */
export function useIdempotencyKey(): (body: unknown) => string {
  const attempt = useRef<{ key: string; body: string }>(undefined);
  return (body) => {
    const json = typeof body === 'string' ? body : JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { key: newIdempotencyKey(), body: json };
    return attempt.current.key;
  };
}
