import { DownloadOutlined, EyeOutlined, FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../../api/endpoints';
import type { AttachmentKind, AttachmentView } from '../../api/types';
import { formatDateTimeVi } from '../../lib/format';
import { formatFileSize } from './scanRules';

const KIND_COLOR: Record<AttachmentKind, string> = { document: 'blue', supplement: 'orange', result: 'green' };

export function KindTag({ kind }: { kind: AttachmentKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOR[kind]}>{t(`attachments.kind.${kind}`)}</Tag>;
}

/** The digitised files of a dossier: what, how big, who uploaded it when; open or download. */
export function AttachmentTable({ code, items, loading }: { code: string; items: AttachmentView[]; loading?: boolean }) {
  const { t } = useTranslation();
  const columns: ColumnsType<AttachmentView> = [
    {
      title: t('attachments.col.file'),
      dataIndex: 'filename',
      render: (name: string, a) => (
        <>
          {a.mime === 'application/pdf' ? <FilePdfOutlined aria-hidden /> : <FileImageOutlined aria-hidden />}{' '}
          <a href={attachmentUrl(code, a.id)} target="_blank" rel="noopener noreferrer" aria-label={t('attachments.openFile', { name })}>
            {name}
          </a>
          {a.label && (
            <>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.label}
              </Typography.Text>
            </>
          )}
        </>
      ),
    },
    { title: t('attachments.col.kind'), dataIndex: 'kind', width: 150, render: (k: AttachmentKind) => <KindTag kind={k} /> },
    { title: t('attachments.col.size'), dataIndex: 'size', width: 100, align: 'right', render: (n: number) => formatFileSize(n) },
    {
      title: t('attachments.col.uploaded'),
      dataIndex: 'uploadedAt',
      width: 190,
      responsive: ['md'],
      render: (at: string, a) => (
        <>
          {a.uploadedBy}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTimeVi(at)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('attachments.col.actions'),
      key: 'actions',
      width: 150,
      render: (_: unknown, a) => (
        <Space size="small">
          <a href={attachmentUrl(code, a.id)} target="_blank" rel="noopener noreferrer" aria-label={t('attachments.openFile', { name: a.filename })}>
            <EyeOutlined aria-hidden /> {t('attachments.open')}
          </a>
          <a href={attachmentUrl(code, a.id)} download={a.filename} aria-label={t('attachments.downloadFile', { name: a.filename })}>
            <DownloadOutlined aria-hidden /> {t('attachments.download')}
          </a>
        </Space>
      ),
    },
  ];
  return (
    <Table<AttachmentView>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading ?? false}
      pagination={false}
      locale={{ emptyText: t('attachments.empty') }}
      scroll={{ x: 640 }}
    />
  );
}
