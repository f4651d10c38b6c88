import { RATING_LEVELS, type RatingLevel } from '@motcua/core';
import { Button, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PortalError } from '../components/PortalError';

/** Rất hài lòng / Hài lòng / Không hài lòng, once the result was returned. */
export function RatingForm({ busy, error, onRate }: { busy: boolean; error: unknown; onRate: (level: RatingLevel) => void }) {
  const { t } = useTranslation('portal');
  return (
    <section className="portal-panel" aria-labelledby="portal-rating">
      <Typography.Title level={2} id="portal-rating">
        {t('rating.title')}
      </Typography.Title>
      <Form<{ level?: RatingLevel }>
        name="portal-rating"
        layout="vertical"
        className="portal-form"
        disabled={busy}
        onFinish={(v) => v.level && onRate(v.level)}
      >
        <Form.Item name="level" label={t('rating.legend')} rules={[{ required: true, message: t('rating.required') }]}>
          <Radio.Group
            aria-label={t('rating.legend')}
            options={RATING_LEVELS.map((level) => ({ value: level, label: t(`rating.${level}`) }))}
          />
        </Form.Item>
        <PortalError error={error} context="lookup" />
        <Button type="primary" size="large" htmlType="submit" loading={busy}>
          {t('rating.submit')}
        </Button>
      </Form>
    </section>
  );
}
