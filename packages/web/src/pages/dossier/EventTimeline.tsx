import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierEventView } from '../../api/types';
import { payloadLines } from '../../lib/eventPayload';
import { formatDateTimeVi } from '../../lib/format';

const COLOR: Partial<Record<DossierEventView['type'], string>> = {
  refused: 'red',
  rejected: 'red',
  withdrawn: 'gray',
  supplement_requested: 'orange',
  obligation_requested: 'orange',
  apology: 'orange',
  resolved: 'green',
  result_returned: 'green',
  rated: 'green',
};

/** Every event, oldest first, with who did it and what it carried. */
export function EventTimeline({ events }: { events: DossierEventView[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      titleSpan="150px"
      items={events.map((e) => ({
        key: e.seq,
        color: COLOR[e.type] ?? 'blue',
        title: <span className="mono">{formatDateTimeVi(e.at)}</span>,
        content: (
          <>
            <Typography.Text strong>{t(`event.${e.type}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              · {t('dossier.actor')}: {e.actor}
            </Typography.Text>
            {payloadLines(e.payload, t).map((line) => (
              <span key={line} className="payload-line">
                {line}
              </span>
            ))}
          </>
        ),
      }))}
    />
  );
}
