import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describePortalError, type PortalErrorContext } from '../errors';

/** A failed request in plain words, announced to screen readers (role="alert"). */
export function PortalError({ error, context }: { error: unknown; context: PortalErrorContext }) {
  const { t } = useTranslation('portal');
  if (!error) return null;
  const d = describePortalError(error, t, context);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="portal-alert"
      title={d.title}
      description={
        d.details.length ? (
          <ul className="portal-error-details">
            {d.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
