/**
 * Hand-over targets that are not departments. They are recorded verbatim in the dossier's
 * events (the demo history and the server's holder check use these exact Vietnamese names), so
 * they are data, not UI text, and are not translated.
 */
export const FIXED_RECIPIENTS = ['Lãnh đạo UBND', 'Bộ phận một cửa'] as const;
