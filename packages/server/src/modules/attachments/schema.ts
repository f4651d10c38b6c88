import { z } from 'zod';

export const AttachmentKind = z.enum(['document', 'supplement', 'result']);

export const AttachmentView = z.object({
  id: z.number().int(),
  kind: AttachmentKind,
  label: z.string().nullable(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type AttachmentView = z.output<typeof AttachmentView>;
