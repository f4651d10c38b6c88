import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { formatDateTimeVi } from '../../lib/format';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { registerFeedback } from './api';
import { FeedbackError } from './FeedbackError';
import { registerBody, trimmed, type RegisterShape as Shape } from './forms';
import { FEEDBACK_KINDS, STAFF_CHANNELS } from './types';

/** Staff register feedback received on paper, by phone, e-mail, hotline or in person. */
export function RegisterModal({ units, defaultUnit, onClose, onCreated }: { units: Array<{ code: string; name: string }>; defaultUnit: string; onClose: () => void; onCreated: (code: string) => void }) {
  const { t } = useTranslation('feedback');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Shape>();
  const keyFor = useIdempotencyKey();
  const kind = Form.useWatch('kind', form);
  const mutation = useMutation({
    mutationFn: (v: Shape) => {
      const body = registerBody(v);
      return registerFeedback(body, keyFor(body));
    },
    onSuccess: (f) => {
      void queryClient.invalidateQueries({ queryKey: ['feedback'] });
      void message.success(t('register.done', { code: f.code, due: formatDateTimeVi(f.dueAt) }));
      onCreated(f.code);
    },
  });
  const required = { required: true, whitespace: true, message: t('required') };
  return (
    <FormModal
      form={form}
      // Errors are shown by FeedbackError in this screen's words, not by the shared alert.
      mutation={{ isPending: mutation.isPending, error: null, mutate: mutation.mutate }}
      title={t('register.title')}
      width={760}
      okText={t('save')}
      cancelText={t('cancel')}
      onClose={onClose}
      intro={
        <>
          <p className="muted">{t('register.intro')}</p>
          <FeedbackError error={mutation.error} />
        </>
      }
      formProps={{ name: 'feedback-register', initialValues: { channel: 'paper', receivedAt: dayjs(), kind: 'regulation', unit: defaultUnit, consentPublish: false } }}
    >
      <Form.Item name="channel" label={t('f.channel')} rules={[required]}>
        <Radio.Group optionType="button" options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="receivedAt" label={t('f.receivedAt')} rules={[{ required: true, message: t('required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="kind" label={t('f.kind')} rules={[{ required: true, message: t('required') }]}>
            <Select options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={14}>
          {kind === 'dossier' ? (
            <Form.Item name="dossier" label={t('f.dossier')} rules={[required]}>
              <Input className="mono" placeholder="000.00.40.H25-230301-0001" />
            </Form.Item>
          ) : (
            <Form.Item name="unit" label={t('f.unit')} rules={[{ required: true, message: t('required') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))} />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="procedure" label={t('f.procedure')}>
            <Input className="mono" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('f.name')} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="address" label={t('f.address')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('f.phone')}
            dependencies={['email']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: string | undefined) =>
                  trimmed(v) || trimmed(getFieldValue('email') as string | undefined) ? Promise.resolve() : Promise.reject(new Error(t('register.contactRequired'))),
              }),
            ]}
          >
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="email" label={t('f.email')} rules={[{ type: 'email', message: t('reason.must be an e-mail address') }]}>
            <Input maxLength={200} inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('f.title')} rules={[required, { max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="content" label={t('f.content')} rules={[required, { max: 5000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="consentPublish" valuePropName="checked">
        <Checkbox>{t('f.consentPublish')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
