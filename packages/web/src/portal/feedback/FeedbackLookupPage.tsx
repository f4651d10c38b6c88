import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { formatDateTimeVi } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { useNarrow } from '../components/useNarrow';
import { usePageTitle } from '../components/usePageTitle';
import { emailValid, phoneValid } from '../submit/submitBody';
import { FEEDBACK_RATINGS, type FeedbackProof, type FeedbackRating, type PublicFeedback } from '../../pages/feedback/types';
import { lookupFeedback, rateFeedback } from './api';
import { FeedbackNav } from './FeedbackNav';
import { FeedbackPortalError } from './FeedbackPortalError';
import './feedback.css';

type ProofKind = 'phone' | 'email';
interface LookupValues {
  code?: string;
  kind: ProofKind;
  proof?: string;
}

function LookupForm({ initialCode, busy, error, onLookup }: { initialCode: string | undefined; busy: boolean; error: unknown; onLookup: (code: string, proof: FeedbackProof) => void }) {
  const { t } = useTranslation('portal');
  const [form] = Form.useForm<LookupValues>();
  const kind = Form.useWatch('kind', form) ?? 'phone';
  return (
    <Form<LookupValues>
      form={form}
      name="portal-feedback-lookup"
      layout="vertical"
      className="portal-form portal-panel"
      initialValues={{ code: initialCode, kind: 'phone' }}
      disabled={busy}
      onFinish={(v) => onLookup((v.code ?? '').trim(), v.kind === 'phone' ? { phone: (v.proof ?? '').trim() } : { email: (v.proof ?? '').trim() })}
    >
      <Form.Item name="code" label={t('feedback.lookup.code')} rules={[{ required: true, whitespace: true, message: t('feedback.lookup.codeRequired') }]}>
        <Input size="large" maxLength={64} placeholder="PA-18229-261126-0001" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('feedback.lookup.proofKind')}>
        <Radio.Group
          optionType="button"
          aria-label={t('feedback.lookup.proofKind')}
          onChange={() => form.setFields([{ name: 'proof', errors: [] }])}
          options={[
            { value: 'phone', label: t('feedback.lookup.byPhone') },
            { value: 'email', label: t('feedback.lookup.byEmail') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="proof"
        label={kind === 'phone' ? t('feedback.lookup.phoneInput') : t('feedback.lookup.emailInput')}
        rules={[
          { required: true, whitespace: true, message: t('feedback.lookup.proofRequired') },
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || (form.getFieldValue('kind') === 'email' ? emailValid(v) : phoneValid(v))
                ? Promise.resolve()
                : Promise.reject(new Error(kind === 'phone' ? t('submit.phoneInvalid') : t('submit.emailInvalid'))),
          },
        ]}
      >
        <Input size="large" maxLength={200} inputMode={kind === 'phone' ? 'tel' : 'email'} autoComplete={kind === 'phone' ? 'tel' : 'email'} />
      </Form.Item>
      <FeedbackPortalError error={error} context="lookup" />
      <Button type="primary" size="large" htmlType="submit" loading={busy} block>
        {t('feedback.lookup.submit')}
      </Button>
    </Form>
  );
}

function RatingForm({ busy, error, onRate }: { busy: boolean; error: unknown; onRate: (rating: FeedbackRating, comment: string | undefined) => void }) {
  const { t } = useTranslation('portal');
  return (
    <section className="portal-panel" aria-labelledby="portal-feedback-rating">
      <Typography.Title level={2} id="portal-feedback-rating">
        {t('feedback.rating.title')}
      </Typography.Title>
      <Form<{ rating?: FeedbackRating; comment?: string }>
        name="portal-feedback-rating"
        layout="vertical"
        className="portal-form"
        disabled={busy}
        onFinish={(v) => v.rating && onRate(v.rating, v.comment?.trim() || undefined)}
      >
        <Form.Item name="rating" label={t('feedback.rating.legend')} rules={[{ required: true, message: t('rating.required') }]}>
          <Radio.Group aria-label={t('feedback.rating.legend')} options={FEEDBACK_RATINGS.map((r) => ({ value: r, label: t(`rating.${r}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('feedback.rating.comment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <FeedbackPortalError error={error} context="lookup" />
        <Button type="primary" size="large" htmlType="submit" loading={busy}>
          {t('rating.submit')}
        </Button>
      </Form>
    </section>
  );
}

function Result({ f }: { f: PublicFeedback }) {
  const { t } = useTranslation('portal');
  const narrow = useNarrow();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [f.code]);
  return (
    <>
      <Typography.Title level={2} ref={heading} tabIndex={-1}>
        {t('feedback.result.heading', { code: f.code })}
      </Typography.Title>
      <section className="portal-panel">
        <Descriptions
          layout={narrow ? 'vertical' : 'horizontal'}
          bordered
          size="small"
          column={1}
          items={[
            { key: 'status', label: t('feedback.result.status'), children: <span className="portal-status" data-testid="feedback-status">{t(`feedback.status.${f.status}`)}</span> },
            { key: 'title', label: t('feedback.result.title'), children: f.title },
            { key: 'kind', label: t('feedback.result.kind'), children: t(`feedback.kind.${f.kind}`) },
            { key: 'unit', label: t('feedback.result.unit'), children: f.unit.name },
            { key: 'received', label: t('feedback.result.receivedAt'), children: formatDateTimeVi(f.receivedAt) },
            { key: 'due', label: t('feedback.result.dueAt'), children: <strong>{formatDateTimeVi(f.dueAt)}</strong> },
            ...(f.rating ? [{ key: 'rating', label: t('feedback.result.rating'), children: t(`rating.${f.rating}`) }] : []),
          ]}
        />
        {f.reply && (
          <>
            <Typography.Title level={3} className="mt">
              {t('feedback.result.reply', { at: formatDateTimeVi(f.reply.at) })}
            </Typography.Title>
            <div className="portal-feedback-reply" data-testid="feedback-reply">
              {f.reply.text}
            </div>
          </>
        )}
        {f.rejection && (
          <Alert
            type="warning"
            showIcon
            className="portal-alert"
            title={t('feedback.result.rejected', { reason: t(`feedback.rejectReason.${f.rejection.reason}`) })}
            description={f.rejection.note ?? undefined}
          />
        )}
      </section>
      <section className="portal-panel" aria-labelledby="portal-feedback-timeline">
        <Typography.Title level={2} id="portal-feedback-timeline">
          {t('result.timeline')}
        </Typography.Title>
        <ol className="portal-timeline">
          {f.timeline.map((e, i) => (
            <li key={`${i}-${e.at}`}>
              <span className="portal-timeline-at">{formatDateTimeVi(e.at)}</span>
              <span className="portal-timeline-label">{t(`feedback.event.${e.type}`)}</span>
              {e.detail && <span className="portal-timeline-detail">{e.detail}</span>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** /cong-dan/phan-anh/tra-cuu — status, reply and rating of a feedback, by its code and the sender's phone or e-mail. */
export default function FeedbackLookupPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('feedback.lookup.title'));
  const initialCode = (useLocation().state as { code?: unknown } | null)?.code;
  const [proof, setProof] = useState<FeedbackProof>();
  const [rated, setRated] = useState(false);
  const lookup = useMutation({ mutationFn: (v: { code: string; proof: FeedbackProof }) => lookupFeedback(v.code, v.proof) });
  const ratingKey = useRef(newIdempotencyKey());
  const rate = useMutation({
    mutationFn: (v: { rating: FeedbackRating; comment: string | undefined }) => rateFeedback(lookup.data!.code, proof!, v.rating, v.comment, ratingKey.current),
    onSuccess: () => {
      setRated(true);
      lookup.reset();
    },
  });
  const f = rate.data && !lookup.data ? rate.data : lookup.data;
  return (
    <>
      <Typography.Title level={1}>{t('feedback.title')}</Typography.Title>
      <FeedbackNav />
      <Typography.Paragraph className="portal-lead">{t('feedback.lookup.intro')}</Typography.Paragraph>
      <LookupForm
        initialCode={typeof initialCode === 'string' ? initialCode : undefined}
        busy={lookup.isPending}
        error={lookup.error}
        onLookup={(code, p) => {
          setProof(p);
          setRated(false);
          rate.reset();
          ratingKey.current = newIdempotencyKey();
          lookup.mutate({ code, proof: p });
        }}
      />
      {f && (
        <div>
          {rated && <Alert type="success" showIcon role="status" className="portal-alert" title={t('feedback.rating.done')} />}
          <Result f={f} />
          {f.canRate && !rated && <RatingForm busy={rate.isPending} error={rate.error} onRate={(rating, comment) => rate.mutate({ rating, comment })} />}
        </div>
      )}
    </>
  );
}
