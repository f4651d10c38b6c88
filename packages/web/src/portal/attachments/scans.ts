/**
 * The staff app's scan rules are plain functions (no staff client): the portal uses the same
 * checks and the same limits as the server (PDF/JPEG/PNG, ≤ 10 MB, ≤ 30 files per dossier).
 */
export {
  checkScanFile,
  formatFileSize,
  MAX_SCAN_BYTES,
  MAX_SCANS_PER_DOSSIER,
  SCAN_ACCEPT,
  type ScanProblem,
} from '../../components/attachments/scanRules';
