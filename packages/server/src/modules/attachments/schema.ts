import { z } from 'zod';

export const AttachmentKind = z.enum(['document', 'supplement', 'result']);

/** What every stored file (dossier scan, plan evidence, feedback attachment) says about itself. */
export const storedFileFields = {
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
};

export const AttachmentView = z.object({
  id: z.number().int(),
  kind: AttachmentKind,
  label: z.string().nullable(),
  ...storedFileFields,
});
export type AttachmentView = z.output<typeof AttachmentView>;
