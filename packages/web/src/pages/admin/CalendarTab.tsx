import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCalendarYear, putCalendarYear } from '../../api/endpoints';
import type { CalendarYear } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { vnLocalDate } from '../../lib/format';
import { isWeekend, isWorkingDay, monthWeeks, toggleDay, type CalendarDays } from './calendarGrid';
import { useIdempotencyKey } from './useIdempotentMutation';

type Draft = Omit<CalendarYear, 'year'>;

/** One month: each day is a button that flips it (weekday ↔ day off, weekend ↔ extra working day). */
export function MonthGrid({ year, month, days, onToggle, disabled }: { year: number; month: number; days: CalendarDays; onToggle: (date: string) => void; disabled: boolean }) {
  const { t } = useTranslation('admin');
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <table className="month-grid" aria-label={t('calendar.month', { m: month })}>
      <caption>{t('calendar.month', { m: month })}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w}>{w}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, i) => (
          <tr key={i}>
            {week.map((date, j) =>
              date ? (
                <td key={date}>
                  <button
                    type="button"
                    disabled={disabled}
                    data-date={date}
                    aria-pressed={!isWorkingDay(date, days)}
                    className={`day ${isWeekend(date) ? (days.extraWorkingDays.includes(date) ? 'extra' : 'weekend') : days.daysOff.includes(date) ? 'off' : 'working'}`}
                    onClick={() => onToggle(date)}
                  >
                    {Number(date.slice(8))}
                  </button>
                </td>
              ) : (
                <td key={`pad-${j}`} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CalendarEditor({ data, canEdit }: { data: CalendarYear; canEdit: boolean }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const initial: Draft = { daysOff: data.daysOff, extraWorkingDays: data.extraWorkingDays, reviewed: data.reviewed, source: data.source };
  const [draft, setDraft] = useState<Draft>(initial);
  const keyFor = useIdempotencyKey();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const save = useMutation({
    mutationFn: (body: Draft) => putCalendarYear(data.year, body, keyFor(body)),
    onSuccess: (r) => {
      queryClient.setQueryData(['calendar', data.year], r.year);
      void message.success(t('calendar.savedRecomputed', { year: r.year.year, n: r.recomputedDossiers }));
    },
  });
  return (
    <>
      {!data.reviewed && <Alert className="mb" type="warning" showIcon title={t('calendar.unreviewed', { year: data.year })} data-testid="unreviewed" />}
      {!canEdit && <Alert className="mb" type="info" showIcon title={t('calendar.onlySystemAdmin')} />}
      {save.error ? (
        <div className="mb">
          <ErrorAlert error={save.error} />
        </div>
      ) : null}
      <Card size="small" className="mb">
        <Form layout="vertical" disabled={!canEdit || save.isPending}>
          <Row gutter={12} align="bottom">
            <Col xs={24} md={12}>
              <Form.Item label={t('calendar.source')} required>
                <Input value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item>
                <Space wrap>
                  <Checkbox checked={draft.reviewed} onChange={(e) => setDraft({ ...draft, reviewed: e.target.checked })}>
                    {t('calendar.reviewed')}
                  </Checkbox>
                  <Button type="primary" disabled={!canEdit || !draft.source.trim()} loading={save.isPending} onClick={() => save.mutate({ ...draft, source: draft.source.trim() })}>
                    {t('common.save')}
                  </Button>
                  <Button disabled={!dirty} onClick={() => setDraft(initial)}>
                    {t('calendar.reset')}
                  </Button>
                  {dirty && <Tag color="orange">{t('calendar.unsaved')}</Tag>}
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Space wrap className="calendar-legend">
          <span className="day working">1</span> {t('calendar.legend.working')}
          <span className="day off">1</span> {t('calendar.legend.off')}
          <span className="day weekend">1</span> {t('calendar.legend.weekend')}
          <span className="day extra">1</span> {t('calendar.legend.extra')}
          <Typography.Text strong>{t('calendar.counts', { off: draft.daysOff.length, extra: draft.extraWorkingDays.length })}</Typography.Text>
        </Space>
        <div className="hint">{t('calendar.hint')}</div>
      </Card>
      <div className="months">
        {Array.from({ length: 12 }, (_, i) => (
          <MonthGrid key={i} year={data.year} month={i + 1} days={draft} disabled={!canEdit || save.isPending} onToggle={(d) => setDraft((x) => ({ ...x, ...toggleDay(d, x) }))} />
        ))}
      </div>
    </>
  );
}

export function CalendarTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('admin');
  const [year, setYear] = useState(Number(vnLocalDate().slice(0, 4)));
  const q = useQuery({ queryKey: ['calendar', year], queryFn: () => getCalendarYear(year) });
  return (
    <>
      <Space className="mb">
        <Typography.Text>{t('calendar.year')}</Typography.Text>
        <InputNumber<number> aria-label={t('calendar.year')} min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
      </Space>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isLoading && <Spin />}
      {/* Keyed by the loaded data so a reload (another year, after saving) starts a fresh draft. */}
      {q.data && <CalendarEditor key={`${q.data.year}-${q.dataUpdatedAt}`} data={q.data} canEdit={canEdit} />}
    </>
  );
}
