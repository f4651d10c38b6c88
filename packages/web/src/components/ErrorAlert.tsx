import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';

/** The Vietnamese explanation of a failed request, with one line per field problem. */
export function ErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const d = describeError(error, t);
  return (
    <Alert
      type="error"
      showIcon
      title={d.title}
      description={
        d.details.length ? (
          <ul className="error-details">
            {d.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      {...(onClose ? { closable: { onClose } } : {})}
      role="alert"
    />
  );
}
