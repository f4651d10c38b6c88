import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { feedbackAction } from './api';
import { actionBody, type ActionShape as Shape } from './forms';
import { FeedbackError } from './FeedbackError';
import { REJECT_REASONS, type FeedbackAction, type FeedbackView } from './types';

/** One handling action on a feedback: assign, reply, reject or close. */
export function ActionModal({
  feedback,
  action,
  units,
  onClose,
}: {
  feedback: FeedbackView;
  action: FeedbackAction;
  /** Where it may be assigned: the feedback's unit and the units below it. */
  units: Array<{ code: string; name: string }>;
  onClose: () => void;
}) {
  const { t } = useTranslation('feedback');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Shape>();
  const keyFor = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: (v: Shape) => {
      const a = actionBody(action, v);
      return feedbackAction(feedback.code, a, keyFor({ code: feedback.code, ...a }));
    },
    onSuccess: (f) => {
      queryClient.setQueryData(['feedback', 'one', f.code], f);
      void queryClient.invalidateQueries({ queryKey: ['feedback'] });
      void message.success(t('actions.done', { action: t(`action.${action}`) }));
      onClose();
    },
  });
  const required = { required: true, whitespace: true, message: t('required') };
  const unitOptions = [feedback.unit, ...units.filter((u) => u.code !== feedback.unit.code)].map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
  return (
    <FormModal
      form={form}
      mutation={{ isPending: mutation.isPending, error: null, mutate: mutation.mutate }}
      title={t(`actions.${action}Title`)}
      width={640}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      intro={
        <>
          <Typography.Paragraph>
            <strong>{feedback.title}</strong>
            <br />
            <span className="muted">
              {feedback.code} · {t('detail.due')}: {feedback.dueAt.slice(8, 10)}/{feedback.dueAt.slice(5, 7)}/{feedback.dueAt.slice(0, 4)}
            </span>
          </Typography.Paragraph>
          <FeedbackError error={mutation.error} />
        </>
      }
      formProps={{ name: `feedback-${action}`, initialValues: { unit: feedback.assignedUnit?.code ?? feedback.unit.code, publish: false, reason: 'out_of_competence' } }}
    >
      {action === 'assign' && (
        <>
          <Form.Item name="unit" label={t('f.assignUnit')} rules={[{ required: true, message: t('required') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
          </Form.Item>
          <Form.Item name="user" label={t('f.assignUser')}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name="note" label={t('f.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
      {action === 'reply' && (
        <>
          <Form.Item name="text" label={t('f.replyText')} rules={[required, { max: 10000 }]}>
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="publish" valuePropName="checked" {...(feedback.consentPublish ? {} : { extra: t('actions.publishDisabled') })}>
            <Checkbox disabled={!feedback.consentPublish}>{t('f.publish')}</Checkbox>
          </Form.Item>
        </>
      )}
      {action === 'reject' && (
        <>
          <Form.Item name="reason" label={t('f.rejectReason')} rules={[{ required: true, message: t('required') }]}>
            <Radio.Group options={REJECT_REASONS.map((r) => ({ value: r, label: t(`rejectReason.${r}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('f.rejectNote')} rules={[required, { max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      )}
      {action === 'close' && (
        <Form.Item name="note" label={t('f.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
