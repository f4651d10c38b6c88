import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import type { FieldIssue } from '../api/types';
import { formatDateTimeVi } from './format';

/** What the UI shows for a failure: one line, then one line per detail. */
export interface ErrorDescription {
  title: string;
  details: string[];
  /** The UI should send the user to the login page. */
  relogin: boolean;
}

/** A translation table (an object in the JSON), for keys that contain dots or spaces. */
function table(t: TFunction, key: string): Record<string, string> {
  const value: unknown = t(key, { returnObjects: true });
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

/** "body.applicant.idNumber" → "Số CCCD" when the field is known; else the raw path. */
export function fieldLabel(field: string, t: TFunction): string {
  const path = field.replace(/^(body|querystring|params|headers)\./, '');
  return table(t, 'field')[path] ?? path;
}

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const NUM = String.raw`\d+(?:\.\d+)?`;
const re = (source: string) => new RegExp(`^${source}$`);

/**
 * Reasons with values in them ("duplicate task code NV-03", "at most 1 decimal place(s)"): the
 * server's sentence as a pattern whose named groups fill the template
 * `errors.reasonPattern.<key>` of vi.json/en.json. A group's name says how its value is shown:
 * `date…` (YYYY-MM-DD → DD/MM/YYYY), `at…` (an instant → date and time), `num…` (a number, for
 * the `{{num, number}}` formatter: 0,25), `word…` (a server word such as a unit level or a
 * report kind, looked up in `errors.reasonWord`); any other group is shown as is. The first
 * pattern that matches wins, so a narrower one comes before a broader one.
 */
export const REASON_PATTERNS: ReadonlyArray<readonly [key: string, pattern: RegExp]> = [
  // plans (and the plan XLSX import)
  ['evidenceLimit', re(String.raw`a (?<word>task|activity) holds at most (?<num>\d+) evidence files`)],
  ['workbookMime', re(String.raw`send the workbook as \S+ or multipart/form-data \(file\)`)],
  ['noUnitInPlan', re(String.raw`no unit "(?<unit>.*)" in this plan's unit or below it`)],
  ['duplicateActivityCode', re(String.raw`duplicate activity code (?<code>.+)`)],
  ['duplicateTaskCode', re(String.raw`duplicate task code (?<code>.+)`)],
  ['activityDoneBy', re(String.raw`must be done by (?<date>${DATE}), when the task is done`)],
  ['afterPlanYear', re(String.raw`must not be after the plan's year (?<year>\d{4})`)],
  ['activitiesNotDone', re(String.raw`activities (?<list>.+) are not done by (?<date>${DATE})`)],
  ['taskDoneOn', re(String.raw`the task (?<code>.+) is done on (?<date>${DATE}): reopen the task first`)],
  ['mustBeOneOf', re(String.raw`must be one of (?<list>.+)`)],
  // assignments
  ['noUnitBelow', re(String.raw`no unit "(?<unit>.*)" in (?<parent>.+) or below it`)],
  // reform records
  ['notUnitBelowOn', re(String.raw`(?<unit>\S+) is not (?<parent>\S+) or a unit below it on (?<date>${DATE})`)],
  ['requiredWhenStatus', re(String.raw`is required when the status is (?<word>\w+)`)],
  ['unitNotValidOn', re(String.raw`the unit (?<unit>\S+) of this activity is not valid on (?<date>${DATE})`)],
  // periodic figures (catalogue and forms)
  ['enteredBy', re(String.raw`entered by (?<word>.+)`)],
  ['decimals', re(String.raw`at most (?<num>\d+) decimal place\(s\)`)],
  ['computedFrom', re(String.raw`is computed from (?<numerator>\S+) / (?<denominator>\S+), never typed`)],
  ['partsExceed', re(String.raw`parts \((?<list>.+) = (?<numSum>${NUM})\) exceed the total (?<numTotal>${NUM})`)],
  ['duplicateCodeAlso', re(String.raw`duplicate code (?<code>\S+) \(also (?<other>.+)\)`)],
  ['duplicateCode', re(String.raw`duplicate code (?<code>.+)`)],
  ['unknownFigure', re(String.raw`unknown figure (?<code>.+)`)],
  ['notATotal', re(String.raw`(?<code>\S+) is not a total`)],
  ['measuredIn', re(String.raw`(?<code>\S+) is measured in (?<measure>.+), not (?<other>.+)`)],
  ['itselfRate', re(String.raw`(?<code>\S+) is itself a rate`)],
  // reports (period, template choice, narratives, template editor)
  ['periodRequiredForKind', re(String.raw`is required for kind (?<word>\w+), e\.g\. (?<example>\S+)`)],
  ['periodLike', re(String.raw`must be a (?<word>\w+) period like (?<example>\S+)`)],
  ['noTemplate', re(String.raw`no template (?<id>\S+)`)],
  ['templateScope', re(String.raw`template (?<code>\S+) is for (?<wordScope>\w+) reports, not a (?<wordLevel>\w+)`)],
  ['noTemplateForLevel', re(String.raw`no report template for a (?<wordLevel>\w+)`)],
  ['notNarrative', re(String.raw`not a narrative of this report’s template \((?<list>.*)\)`)],
  ['beforePeriodStart', re(String.raw`is before the period starts \((?<date>${DATE})\)`)],
  ['unknownDataKey', re(String.raw`unknown data key (?<key>\S+)`)],
  ['unknownFilter', re(String.raw`unknown filter (?<name>\S+) \(known: (?<list>.*)\)`)],
  ['duplicateSectionId', re(String.raw`duplicate section id (?<id>\S+)`)],
  ['duplicateSentenceId', re(String.raw`duplicate sentence id (?<id>\S+)`)],
  ['duplicateNarrativeKey', re(String.raw`duplicate narrative key (?<key>\S+)`)],
  // citizen feedback
  ['noUnitOn', re(String.raw`no unit with this code on (?<date>${DATE})`)],
  ['mustBeUnitOrBelow', re(String.raw`must be (?<unit>\S+) or a unit below it`)],
  ['noActiveAccount', re(String.raw`no active account of (?<unit>\S+) with this username`)],
  ['beforeLastEvent', re(String.raw`is before the feedback's last event \((?<at>[^)]+)\)`)],
  ['feedbackFiles', re(String.raw`a feedback holds at most (?<num>\d+) files`)],
  // commune reform index (criteria sets, rounds, scores)
  ['noCriteriaSet', re(String.raw`no criteria set (?<id>\d+)`)],
  ['noCriteriaSetFor', re(String.raw`no criteria set of (?<unit>\S+) or its province for (?<year>\d{4}): create one first.*`)],
  ['scoreAboveNewMax', re(String.raw`(?<code>\S+): a score of (?<numScore>${NUM}) is already given to (?<criterion>.+), above its new maximum (?<numMax>${NUM})`)],
  ['noAccount', re(String.raw`no account (?<username>\S+)`)],
  ['notAppraised', re(String.raw`(?<unit>.+): (?<status>.+), not appraised`)],
  ['noSurvey', re(String.raw`(?<unit>.+): no survey score`)],
  ['exceedsMax', re(String.raw`must not exceed the maximum (?<num>${NUM})`)],
  ['multipleOf', re(String.raw`must be a multiple of (?<num>${NUM})`)],
  ['subCriteriaSum', re(String.raw`sub-criteria maxima sum to (?<numSum>${NUM}), not (?<numMax>${NUM})`)],
  ['criteriaSum', re(String.raw`criteria maxima sum to (?<numSum>${NUM}), not (?<numMax>${NUM})`)],
  ['areaSum', re(String.raw`area maxima sum to (?<numSum>${NUM}), not (?<numMax>${NUM})`)],
  ['surveyMax', re(String.raw`must be (?<numSurvey>${NUM}) \((?<numCriteria>${NUM}) points of criteria \+ ${NUM} of the survey\)`)],
];

/** A captured value as the reason's template shows it (see REASON_PATTERNS). */
function reasonValue(name: string, value: string, t: TFunction): string | number {
  if (name.startsWith('date') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  if (name.startsWith('at')) return formatDateTimeVi(value);
  if (name.startsWith('num') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (name.startsWith('word')) return table(t, 'translation:errors.reasonWord')[value] ?? value;
  return value;
}

/**
 * The server's reasons are English: a known sentence from the table `errors.reason`, a sentence
 * with values through REASON_PATTERNS, anything else verbatim. Works with a `t` of any
 * namespace (the keys name theirs).
 */
export function translateReason(reason: string, t: TFunction): string {
  const known = table(t, 'translation:errors.reason')[reason];
  if (known !== undefined) return known;
  for (const [key, pattern] of REASON_PATTERNS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const values = Object.fromEntries(Object.entries(m.groups ?? {}).map(([name, v]) => [name, reasonValue(name, v ?? '', t)]));
    return t(`translation:errors.reasonPattern.${key}`, { ...values, defaultValue: reason });
  }
  return reason;
}

export function formatIssue(issue: FieldIssue, t: TFunction): string {
  return `${fieldLabel(issue.field, t)}: ${translateReason(issue.reason, t)}`;
}

export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!(error instanceof ApiError)) {
    return { title: t('errors.internal'), details: error instanceof Error ? [error.message] : [], relogin: false };
  }
  const issues = error.issues.map((i) => formatIssue(i, t));
  switch (error.code) {
    case 'NETWORK':
      return { title: t('errors.network'), details: [], relogin: false };
    case 'VALIDATION':
      return { title: t('errors.validation'), details: issues.length ? issues : [error.message], relogin: false };
    case 'NOT_FOUND': {
      const what = t(`resource.${error.resource ?? 'default'}`, { defaultValue: t('resource.default') });
      return { title: t('errors.notFound', { what, key: error.key ?? '' }).replace(/\s+\./, '.'), details: [], relogin: false };
    }
    case 'ACTION_NOT_ALLOWED': {
      const details: string[] = [];
      if (error.dossierStatus) {
        details.push(t('errors.currentStatus', { status: t(`status.${error.dossierStatus}`, { defaultValue: error.dossierStatus }) }));
      }
      const allowed = error.allowedActions ?? [];
      details.push(
        allowed.length
          ? t('errors.allowedActions', { list: allowed.map((a) => t(`action.${a}`)).join(', ') })
          : t('errors.noActionAllowed'),
      );
      return { title: t('errors.actionNotAllowed'), details, relogin: false };
    }
    case 'UNAUTHORIZED':
      return { title: t('errors.unauthorized'), details: [], relogin: true };
    case 'FORBIDDEN':
      return { title: t('errors.forbidden'), details: [], relogin: false };
    case 'LOCKED':
      return {
        title: error.lockedUntil ? t('auth.lockedUntil', { until: formatDateTimeVi(error.lockedUntil) }) : t('auth.locked'),
        details: [],
        relogin: false,
      };
    case 'CONFLICT':
      return { title: t('errors.conflict'), details: issues, relogin: false };
    case 'IDEMPOTENCY_MISMATCH':
      return { title: t('errors.idempotencyMismatch'), details: [], relogin: false };
    case 'UNPROCESSABLE':
      return { title: t('errors.unprocessable'), details: issues.length ? issues : [error.message], relogin: false };
    case 'INTERNAL':
      return { title: t('errors.internal'), details: [], relogin: false };
    default:
      return { title: t('errors.unknown', { code: error.code }), details: error.message ? [error.message] : [], relogin: false };
  }
}
