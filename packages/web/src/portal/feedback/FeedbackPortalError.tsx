import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PortalError } from '../components/PortalError';

/**
 * A failed feedback request in plain words. A lookup 404 never says whether the code or the
 * phone/e-mail was wrong (the server answers the same for both); the rest as on the other pages.
 */
export function FeedbackPortalError({ error, context }: { error: unknown; context: 'submit' | 'lookup' }) {
  const { t } = useTranslation('portal');
  if (!error) return null;
  const own =
    error instanceof ApiError && (error.status === 404 || error.code === 'NOT_FOUND') && context === 'lookup'
      ? t('feedback.lookup.notFound')
      : error instanceof ApiError && (error.code === 'ACTION_NOT_ALLOWED' || error.status === 409)
        ? t('feedback.notAllowed')
        : undefined;
  if (!own) return <PortalError error={error} context="submit" />;
  return <Alert type="error" showIcon role="alert" className="portal-alert" title={own} />;
}
