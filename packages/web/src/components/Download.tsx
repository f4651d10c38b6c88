import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { downloadFile, openFile } from '../lib/download';

/** `save` downloads the file under its name; `open` shows it (a PDF to print) in a new tab. */
export type DownloadMode = 'save' | 'open';

/**
 * Downloads through the shared helper (lib/download.ts): while a file is coming, `pending` is
 * its URL; a failure shows the server's reason in Vietnamese as a notification.
 */
export function useDownload() {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | undefined>();
  const start = useCallback(
    (url: string, mode: DownloadMode = 'save'): Promise<boolean> => {
      setPending(url);
      const job = mode === 'open' ? openFile(url, t('download.preparing')) : downloadFile(url).then(() => undefined);
      return job
        .then(
          () => true,
          (error: unknown) => {
            const d = describeError(error, t);
            notification.error({
              key: `download:${url}`,
              title: t('download.failed'),
              description: (
                <div role="alert">
                  <div>{d.title}</div>
                  {d.details.length > 0 && (
                    <ul className="error-details">
                      {d.details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </div>
              ),
            });
            return false;
          },
        )
        .finally(() => setPending(undefined));
    },
    [notification, t],
  );
  /** Props for a link or button: the real URL stays in `href` (copy link, accessibility), the click fetches. */
  const linkProps = useCallback(
    (url: string, mode: DownloadMode = 'save') => ({
      href: url,
      onClick: (e: MouseEvent<HTMLElement>) => {
        e.preventDefault();
        void start(url, mode);
      },
    }),
    [start],
  );
  return { start, pending, linkProps };
}

/** A download button (an antd Button rendered as a link to the file) that fetches through the helper. */
export function DownloadButton({
  url,
  mode = 'save',
  children,
  ...rest
}: { url: string; mode?: DownloadMode; children: ReactNode } & Omit<ButtonProps, 'href' | 'onClick' | 'download' | 'loading'>) {
  const { pending, linkProps } = useDownload();
  return (
    <Button icon={<DownloadOutlined />} {...rest} {...linkProps(url, mode)} loading={pending === url}>
      {children}
    </Button>
  );
}
