-- Scanned documents of a dossier (số hóa thành phần hồ sơ): PDF/JPEG/PNG, stored in the database
-- so that a PGlite install has one thing to back up and a server install needs no file store.
CREATE TABLE dossier_attachments (
  id bigserial PRIMARY KEY,
  dossier_id bigint NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL CHECK (kind IN ('document', 'supplement', 'result')),
  label text,
  filename text NOT NULL,
  mime text NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
  size integer NOT NULL CHECK (size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_attachments_dossier_idx ON dossier_attachments (dossier_id);
COMMENT ON TABLE dossier_attachments IS 'Digitised components (số hóa) and results of a dossier.';
