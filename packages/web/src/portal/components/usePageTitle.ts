import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Tra cứu hồ sơ — Cổng dịch vụ công — MotCua": screen readers announce the page on navigation. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation('portal');
  const site = t('layout.title');
  useEffect(() => {
    document.title = title ? `${title} — ${site}` : site;
  }, [title, site]);
}
