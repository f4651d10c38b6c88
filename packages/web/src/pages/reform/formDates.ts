import dayjs, { type Dayjs } from 'dayjs';

/** A form's DatePicker value as the API's YYYY-MM-DD (null when empty). */
export const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
/** The API's YYYY-MM-DD as a DatePicker value (undefined when absent). */
export const day = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
