import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { setLanguage, type Language } from '../i18n';
import './portal.css';

function LanguageToggle() {
  const { t } = useTranslation('portal');
  const other = t('layout.otherLanguageCode') === 'en' ? 'en' : 'vi';
  return (
    <button type="button" className="portal-lang" lang={other} onClick={() => setLanguage(other satisfies Language)}>
      {t('layout.otherLanguage')}
    </button>
  );
}

/**
 * The citizen portal's own light shell: no staff session, no menu, no /api/auth calls. A skip
 * link and a <main> landmark come first for keyboard and screen-reader users.
 */
export default function PortalLayout() {
  const { t, i18n } = useTranslation('portal');
  // The catalogue tab covers the procedure pages and the submission form too.
  const path = useLocation().pathname;
  const lookup = path.startsWith('/cong-dan/tra-cuu');
  const feedback = path.startsWith('/cong-dan/phan-anh');
  const catalogue = !lookup && !feedback;
  useEffect(() => {
    document.documentElement.lang = i18n.language === 'en' ? 'en' : 'vi';
  }, [i18n.language]);

  return (
    <div className="portal">
      <a className="portal-skip" href="#portal-main">
        {t('layout.skip')}
      </a>
      <header className="portal-header">
        <div className="portal-bar">
          <Link to="/cong-dan" className="portal-brand" aria-label={t('layout.home')}>
            <span className="portal-brand-title">{t('layout.title')}</span>
            <span className="portal-brand-sub">{t('layout.subtitle')}</span>
          </Link>
          <LanguageToggle />
        </div>
        <nav className="portal-nav" aria-label={t('layout.navLabel')}>
          <Link to="/cong-dan" className={catalogue ? 'active' : undefined} aria-current={catalogue ? 'page' : undefined}>
            {t('nav.catalogue')}
          </Link>
          <Link to="/cong-dan/tra-cuu" className={lookup ? 'active' : undefined} aria-current={lookup ? 'page' : undefined}>
            {t('nav.lookup')}
          </Link>
          <Link to="/cong-dan/phan-anh" className={feedback ? 'active' : undefined} aria-current={feedback ? 'page' : undefined}>
            {t('nav.feedback')}
          </Link>
          <Link to="/login" className="portal-nav-staff">
            {t('nav.staff')}
          </Link>
        </nav>
      </header>
      <main id="portal-main" className="portal-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="portal-footer">
        <p>{t('layout.footer')}</p>
        <Link to="/login">{t('nav.staff')}</Link>
      </footer>
    </div>
  );
}
