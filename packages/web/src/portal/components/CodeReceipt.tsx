import { CheckCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * The top of a "sent" panel: the success heading (focused, so screen readers announce it), the
 * tracking code big and copyable, and the advice to keep it.
 */
export function CodeReceipt({ headingId, title, codeLabel, code, keep, codeTestId }: { headingId: string; title: string; codeLabel: string; code: string; keep: string; codeTestId?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <Typography.Title level={1} id={headingId} ref={heading} tabIndex={-1}>
        <CheckCircleFilled style={{ color: '#237804', marginRight: 8 }} aria-hidden />
        {title}
      </Typography.Title>
      <div className="portal-code-box">
        <div className="portal-label">{codeLabel}</div>
        <Typography.Paragraph copyable={{ text: code }} className="portal-code" style={{ marginBottom: 0 }} {...(codeTestId ? { 'data-testid': codeTestId } : {})}>
          {code}
        </Typography.Paragraph>
      </div>
      <Typography.Paragraph strong>{keep}</Typography.Paragraph>
    </>
  );
}
