import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { PortalError } from '../components/PortalError';
import type { Proof } from '../types';
import { proofValid, toProof, type ProofKind } from './proofRules';

interface LookupValues {
  code?: string;
  kind: ProofKind;
  proof?: string;
}

interface Props {
  initialCode?: string | undefined;
  busy: boolean;
  error: unknown;
  onLookup: (code: string, proof: Proof) => void;
}

/** Dossier code + phone number or CCCD: the code alone never shows a dossier. */
export function LookupForm({ initialCode, busy, error, onLookup }: Props) {
  const { t } = useTranslation('portal');
  const [form] = Form.useForm<LookupValues>();
  const kind = Form.useWatch('kind', form) ?? 'phone';
  const invalid = kind === 'phone' ? t('submit.phoneInvalid') : t('submit.idNumberInvalid');

  return (
    <Form<LookupValues>
      form={form}
      name="portal-lookup"
      layout="vertical"
      className="portal-form portal-panel"
      initialValues={{ code: initialCode, kind: 'phone' }}
      disabled={busy}
      scrollToFirstError={{ focus: true }}
      onFinish={(v) => onLookup((v.code ?? '').trim(), toProof(v.kind, v.proof ?? ''))}
    >
      <Form.Item name="code" label={t('lookup.code')} rules={[{ required: true, whitespace: true, message: t('lookup.codeRequired') }]}>
        <Input size="large" maxLength={64} placeholder={t('lookup.codePlaceholder')} autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('lookup.proofKind')}>
        <Radio.Group
          optionType="button"
          aria-label={t('lookup.proofKind')}
          onChange={() => form.setFields([{ name: 'proof', errors: [] }])}
          options={[
            { value: 'phone', label: t('lookup.proofPhone') },
            { value: 'idNumber', label: t('lookup.proofId') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="proof"
        label={kind === 'phone' ? t('lookup.proofPhoneInput') : t('lookup.proofIdInput')}
        rules={[
          { required: true, whitespace: true, message: kind === 'phone' ? t('lookup.phoneRequired') : t('lookup.idRequired') },
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || proofValid(form.getFieldValue('kind') as ProofKind, v) ? Promise.resolve() : Promise.reject(new Error(invalid)),
          },
        ]}
      >
        <Input
          size="large"
          maxLength={20}
          inputMode={kind === 'phone' ? 'tel' : 'numeric'}
          autoComplete={kind === 'phone' ? 'tel' : 'off'}
        />
      </Form.Item>
      <PortalError error={error} context="lookup" />
      <Button type="primary" size="large" htmlType="submit" loading={busy} block>
        {t('lookup.submit')}
      </Button>
    </Form>
  );
}
