import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadAttachment } from '../../api/endpoints';
import type { AttachmentKind, AttachmentView } from '../../api/types';
import { newIdempotencyKey } from '../../lib/ids';

/** A scan chosen by the officer, not yet sent. `key` is its Idempotency-Key (kept across retries). */
export interface PendingScan {
  uid: string;
  file: File;
  kind: AttachmentKind;
  label: string;
  key: string;
}

export function pendingScan(file: File, kind: AttachmentKind = 'document', label = ''): PendingScan {
  return { uid: newIdempotencyKey(), file, kind, label, key: newIdempotencyKey() };
}

export type ScanUpload =
  | { scan: PendingScan; status: 'waiting' | 'uploading' }
  | { scan: PendingScan; status: 'done'; attachment: AttachmentView }
  | { scan: PendingScan; status: 'failed'; error: unknown };

export type UploadFn = (code: string, scan: PendingScan) => Promise<AttachmentView>;

const defaultUpload: UploadFn = (code, s) => uploadAttachment(code, s.file, { kind: s.kind, label: s.label }, s.key);

/**
 * Uploads scans of one dossier one at a time (a desk's uplink is thin; the server also counts
 * the 30-file limit per request). A failed file stays in the list for a retry with the same
 * Idempotency-Key, so a retry after a lost response does not store the file twice.
 */
export function useScanUploads(code: string | undefined, opts: { upload?: UploadFn; onUploaded?: (a: AttachmentView) => void } = {}) {
  const [items, setItems] = useState<ScanUpload[]>([]);
  const running = useRef(false);
  const upload = opts.upload ?? defaultUpload;
  const onUploaded = useRef(opts.onUploaded);
  onUploaded.current = opts.onUploaded;

  useEffect(() => {
    if (!code || running.current) return;
    const next = items.find((i) => i.status === 'waiting');
    if (!next) return;
    running.current = true;
    const uid = next.scan.uid;
    const set = (item: ScanUpload) => setItems((list) => list.map((i) => (i.scan.uid === uid ? item : i)));
    set({ scan: next.scan, status: 'uploading' });
    upload(code, next.scan).then(
      (attachment) => {
        running.current = false;
        set({ scan: next.scan, status: 'done', attachment });
        onUploaded.current?.(attachment);
      },
      (error: unknown) => {
        running.current = false;
        set({ scan: next.scan, status: 'failed', error });
      },
    );
  }, [code, items, upload]);

  const enqueue = useCallback((scans: PendingScan[]) => {
    setItems((list) => [...list, ...scans.map((scan): ScanUpload => ({ scan, status: 'waiting' }))]);
  }, []);
  const retryFailed = useCallback(() => {
    setItems((list) => list.map((i): ScanUpload => (i.status === 'failed' ? { scan: i.scan, status: 'waiting' } : i)));
  }, []);
  const dismiss = useCallback((uid: string) => setItems((list) => list.filter((i) => i.scan.uid !== uid || i.status === 'uploading')), []);
  const reset = useCallback(() => setItems([]), []);

  return { items, enqueue, retryFailed, dismiss, reset };
}
