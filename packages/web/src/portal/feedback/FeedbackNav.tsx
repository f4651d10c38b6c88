import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Send / look up / published replies: the three feedback pages of the portal. */
export function FeedbackNav() {
  const { t } = useTranslation('portal');
  return (
    <nav className="portal-subnav" aria-label={t('feedback.navLabel')}>
      <NavLink to="/cong-dan/phan-anh" end>
        {t('feedback.nav.send')}
      </NavLink>
      <NavLink to="/cong-dan/phan-anh/tra-cuu">{t('feedback.nav.lookup')}</NavLink>
      <NavLink to="/cong-dan/phan-anh/cong-khai">{t('feedback.nav.published')}</NavLink>
    </nav>
  );
}
