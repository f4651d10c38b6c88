import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { newIdempotencyKey } from '../../lib/ids';
import { uploadCitizenScan } from '../api';
import { retryable } from '../errors';
import type { Proof, PublicAttachment } from '../types';

interface ScanBase {
  uid: string;
  file: File;
  /** This file's Idempotency-Key: the same on every retry, so a lost answer cannot store it twice. */
  key: string;
}

/** A scan the citizen chose: kept in the browser until the dossier exists, then sent. */
export type CitizenScan =
  | (ScanBase & { status: 'waiting' | 'uploading' })
  | (ScanBase & { status: 'done'; attachment: PublicAttachment })
  | (ScanBase & { status: 'failed'; error: unknown });

export type ScanUploadFn = (code: string, proof: Proof, file: File, idempotencyKey: string) => Promise<PublicAttachment>;

export interface UploadOutcome {
  attached: number;
  notAttached: number;
}

const base = (s: CitizenScan): ScanBase => ({ uid: s.uid, file: s.file, key: s.key });

/** The next files would get the same answer: wrong proof, dossier closed, or too many requests. */
const stopsBatch = (e: unknown): e is ApiError => e instanceof ApiError && (e.status === 404 || e.status === 409 || e.status === 429);

/** Whether `uploadAll` sends this scan: not sent yet, or failed for a reason a retry may fix. */
export const pendingUpload = (s: CitizenScan) => s.status === 'waiting' || (s.status === 'failed' && retryable(s.error));

/**
 * The scans of one citizen form: add/remove while choosing, then `uploadAll(code, proof)` sends
 * them one at a time (the public endpoint is rate-limited per minute). `retry()` sends the failed
 * ones again to the same dossier, each with its own unchanged Idempotency-Key.
 */
export function useCitizenScans(upload: ScanUploadFn = uploadCitizenScan) {
  const [items, setItems] = useState<CitizenScan[]>([]);
  // The async upload loop reads and writes the list through this ref (state lags one render).
  const current = useRef<CitizenScan[]>([]);
  const target = useRef<{ code: string; proof: Proof } | undefined>(undefined);
  const running = useRef(false);
  const [busy, setBusy] = useState(false);

  const commit = useCallback((next: CitizenScan[]) => {
    current.current = next;
    setItems(next);
  }, []);
  const put = useCallback((item: CitizenScan) => commit(current.current.map((i) => (i.uid === item.uid ? item : i))), [commit]);

  const add = useCallback(
    (file: File) => commit([...current.current, { uid: newIdempotencyKey(), file, key: newIdempotencyKey(), status: 'waiting' }]),
    [commit],
  );
  const remove = useCallback(
    (uid: string) => commit(current.current.filter((i) => i.uid !== uid || i.status === 'uploading' || i.status === 'done')),
    [commit],
  );

  const uploadAll = useCallback(
    async (code: string, proof: Proof): Promise<UploadOutcome> => {
      target.current = { code, proof };
      if (!running.current) {
        running.current = true;
        setBusy(true);
        let stop: ApiError | undefined;
        try {
          for (const item of current.current.filter(pendingUpload)) {
            if (stop) {
              put({ ...base(item), status: 'failed', error: stop });
              continue;
            }
            put({ ...base(item), status: 'uploading' });
            try {
              put({ ...base(item), status: 'done', attachment: await upload(code, proof, item.file, item.key) });
            } catch (error) {
              put({ ...base(item), status: 'failed', error });
              if (stopsBatch(error)) stop = error;
            }
          }
        } finally {
          running.current = false;
          setBusy(false);
        }
      }
      const attached = current.current.filter((i) => i.status === 'done').length;
      return { attached, notAttached: current.current.length - attached };
    },
    [put, upload],
  );

  const retry = useCallback(
    () => (target.current ? uploadAll(target.current.code, target.current.proof) : Promise.resolve(undefined)),
    [uploadAll],
  );

  return { items, busy, add, remove, uploadAll, retry };
}

export type CitizenScans = ReturnType<typeof useCitizenScans>;
