import { DownOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierView } from '../../api/types';
import { useDownload } from '../../components/Download';
import { fetchAvailableForms, formUrl } from './officialForms';

/**
 * "In biểu mẫu": the official forms this dossier has (from the server, which decides by its
 * events). PDF opens in a new tab for one-click printing; DOCX downloads for editing; a failure
 * shows the server's reason (useDownload).
 */
export function FormsMenu({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const { linkProps } = useDownload();
  // Keyed by the number of events: an action that adds one (e.g. an apology) refreshes the list.
  const query = useQuery({
    queryKey: ['dossierForms', dossier.code, dossier.events.length],
    queryFn: () => fetchAvailableForms(dossier.code),
    staleTime: 60_000,
  });
  const forms = query.data?.forms ?? [];
  const items: MenuProps['items'] = forms.map((f) => ({
    type: 'group' as const,
    key: f.form,
    label: t('forms.formLabel', { number: f.number, title: t(`forms.kind.${f.form}`) }),
    children: [
      {
        key: `${f.form}.pdf`,
        icon: <PrinterOutlined aria-hidden />,
        label: (
          <a {...linkProps(formUrl(dossier.code, f.form, 'pdf'), 'open')} data-form={`${f.form}.pdf`}>
            {t('forms.pdf')}
          </a>
        ),
      },
      {
        key: `${f.form}.docx`,
        icon: <FileWordOutlined aria-hidden />,
        label: (
          <a {...linkProps(formUrl(dossier.code, f.form, 'docx'))} data-form={`${f.form}.docx`}>
            {t('forms.docx')}
          </a>
        ),
      },
    ],
  }));
  return (
    <Dropdown menu={{ items }} trigger={['click']} disabled={forms.length === 0}>
      <Button icon={<PrinterOutlined />} loading={query.isLoading} title={forms.length === 0 && !query.isLoading ? t('forms.none') : undefined}>
        {t('forms.menu')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
