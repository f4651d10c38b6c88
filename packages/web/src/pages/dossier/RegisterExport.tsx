import { BookOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { downloadFile, openFile } from '../../lib/download';
import { vnLocalDate } from '../../lib/format';
import { registerUrl } from './officialForms';

type Format = 'pdf' | 'xlsx' | 'docx';
interface Values {
  range: [Dayjs, Dayjs];
  format: Format;
}

/**
 * "Sổ theo dõi hồ sơ (Mẫu 06)": the dossiers the desk received in a date range, printed (PDF),
 * as a spreadsheet (XLSX) or for Word (DOCX). A failure (e.g. a range the server refuses)
 * shows its reason in the dialog, which stays open.
 */
export function RegisterExport({ unit }: { unit: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
  const today = dayjs(vnLocalDate());
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const run = (v: Values) => {
    const url = registerUrl(unit, v.range[0].format('YYYY-MM-DD'), v.range[1].format('YYYY-MM-DD'), v.format);
    setPending(true);
    setError(null);
    // A PDF opens in a new tab to print; XLSX/DOCX download in place.
    (v.format === 'pdf' ? openFile(url, t('download.preparing')) : downloadFile(url))
      .then(close, (e: unknown) => setError(e))
      .finally(() => setPending(false));
  };
  return (
    <>
      <Button icon={<BookOutlined />} onClick={() => setOpen(true)}>
        {t('forms.register.button')}
      </Button>
      {open && (
        <FormModal<Values>
          form={form}
          mutation={{ isPending: pending, error, mutate: run }}
          title={t('forms.register.title')}
          okText={t('forms.register.export')}
          cancelText={t('common.cancel')}
          onClose={close}
          intro={<Typography.Paragraph type="secondary">{t('forms.register.hint')}</Typography.Paragraph>}
          formProps={{ initialValues: { range: [today.startOf('month'), today], format: 'pdf' } }}
        >
          <Form.Item name="range" label={t('forms.register.range')} rules={[{ required: true, message: t('forms.register.rangeRequired') }]}>
            <DatePicker.RangePicker format="DD/MM/YYYY" allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="format" label={t('forms.register.format')}>
            <Radio.Group
              optionType="button"
              options={(['pdf', 'xlsx', 'docx'] as const).map((f) => ({ value: f, label: t(`forms.register.formats.${f}`) }))}
            />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
