import { ApiError, responseError, sessionHeaders } from '../api/client';

/**
 * File downloads (forms, registers, Biểu 06, reports, XLSX exports) go through fetch, not a
 * plain link: a failure then shows the server's reason in Vietnamese on the page instead of
 * raw JSON in a new tab. The session cookie authorises the request, as for every API call.
 */

/** A file fetched from the API, with the name the server gave it. */
export interface FetchedFile {
  blob: Blob;
  filename: string;
}

function decodeRfc5987(value: string): string | undefined {
  // charset'lang'percent-encoded — the server writes UTF-8''…
  const m = /^([\w!#$%&+^`{}~-]*)'[\w-]*'(.*)$/.exec(value.trim());
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[2]!);
  } catch {
    return undefined;
  }
}

/**
 * The file name in a Content-Disposition header: `filename*` (RFC 6266/5987, UTF-8, e.g. a
 * Vietnamese name) wins over the ASCII `filename`; quotes and any path are removed.
 */
export function filenameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  let plain: string | undefined;
  let extended: string | undefined;
  // Parameters after the type: name=value or name="quoted value" separated by ";".
  const re = /;\s*([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    const name = m[1]!.toLowerCase();
    let value = m[2]!.trim();
    if (value.startsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    if (name === 'filename*') extended = decodeRfc5987(value) ?? extended;
    else if (name === 'filename') plain = value;
  }
  const name = (extended ?? plain)?.split(/[/\\]/).pop()?.trim();
  return name || undefined;
}

/** The last segment of a URL's path, the name of last resort ("/api/reports/7/docx" → "docx"). */
export function filenameFromUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop() ?? 'tep-tai-ve';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** GETs a file with the session; on failure, the ApiError of the server's error body (or NETWORK). */
export async function fetchFile(url: string, signal?: AbortSignal): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'GET', headers: sessionHeaders('GET'), credentials: 'include', signal: signal ?? null });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'NETWORK', message: e instanceof Error ? e.message : 'network error' });
  }
  if (!response.ok) throw responseError(response.status, await response.text());
  const blob = await response.blob();
  return { blob, filename: filenameFromDisposition(response.headers.get('content-disposition')) ?? filenameFromUrl(url) };
}

/** Saves a fetched file under its name: an object URL clicked through a temporary `<a download>`. */
export function saveFile(file: FetchedFile): void {
  const href = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the blob to the browser's download; release it once that has started.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Fetches a file and saves it; resolves with the file name. */
export async function downloadFile(url: string): Promise<string> {
  const file = await fetchFile(url);
  saveFile(file);
  return file.filename;
}

/** How long an opened PDF's object URL lives: the tab's viewer prints and saves from it. */
const OPENED_URL_LIFETIME_MS = 30 * 60_000;

/**
 * Opens a file (a PDF to print) in a new tab. The tab is opened at the click, while the browser
 * still allows pop-ups, then given the fetched file; on failure it is closed and the error
 * thrown for the page to show. Without a tab (pop-ups blocked) the file is saved instead.
 */
export async function openFile(url: string, placeholder?: string): Promise<void> {
  const tab = window.open('', '_blank');
  if (tab && placeholder) {
    try {
      tab.document.title = placeholder;
      tab.document.body.textContent = placeholder;
    } catch {
      // Not a same-origin blank page: nothing to write.
    }
  }
  let file: FetchedFile;
  try {
    file = await fetchFile(url);
  } catch (e) {
    tab?.close();
    throw e;
  }
  if (!tab) {
    saveFile(file);
    return;
  }
  if (tab.closed) return; // the user closed the waiting tab: nothing wanted any more
  const href = URL.createObjectURL(file.blob);
  tab.opener = null;
  tab.location.href = href;
  setTimeout(() => URL.revokeObjectURL(href), OPENED_URL_LIFETIME_MS);
}
