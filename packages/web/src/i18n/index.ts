import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';
import adminEn from './admin.en.json';
import adminVi from './admin.vi.json';
import portalEn from './portal.en.json';
import portalVi from './portal.vi.json';
import dashboardEn from './dashboard.en.json';
import dashboardVi from './dashboard.vi.json';
import reformEn from './reform.en.json';
import reformVi from './reform.vi.json';
import appraisalEn from './appraisal.en.json';
import appraisalVi from './appraisal.vi.json';
import feedbackEn from './feedback.en.json';
import feedbackVi from './feedback.vi.json';
import reportsEn from './reports.en.json';
import reportsVi from './reports.vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'motcua.lang';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be blocked (private mode, tests): Vietnamese is the default anyway.
    return 'vi';
  }
}

export function setLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the switch still applies to this page.
  }
  void i18n.changeLanguage(lang);
}

// Resources are bundled, so initialise synchronously: the first render already has the texts.
void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: vi, dashboard: dashboardVi, admin: adminVi, portal: portalVi, reform: reformVi, appraisal: appraisalVi, reports: reportsVi, feedback: feedbackVi },
    en: { translation: en, dashboard: dashboardEn, admin: adminEn, portal: portalEn, reform: reformEn, appraisal: appraisalEn, reports: reportsEn, feedback: feedbackEn },
  },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
});

export default i18n;
