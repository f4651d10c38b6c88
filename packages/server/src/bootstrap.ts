import { migrate, openDatabase, type DatabaseHandle, type DatabaseOptions } from './db/database.js';
import { ensureOfficialCalendar } from './modules/calendar/service.js';
import { loadReferenceUnits } from './modules/units/referenceData.js';

/**
 * Opens the database, applies migrations and loads reference data (units, official calendars)
 * when missing. Never loads demo data: that is `motcua seed demo` or `npm start` in demo mode.
 */
export async function openReadyDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  try {
    await migrate(handle.db);
    await loadReferenceUnits(handle.db);
    await ensureOfficialCalendar(handle.db);
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}
