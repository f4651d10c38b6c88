import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepView } from '../../api/types';
import { TimelinessTag } from '../../components/Tags';
import { formatDateTimeVi } from '../../lib/format';

/** Phiếu kiểm soát quá trình (Mẫu 05): each hand-over with its own due and result. */
export function StepsTable({ steps }: { steps: StepView[] }) {
  const { t } = useTranslation();
  return (
    <Table<StepView>
      size="small"
      rowKey="seq"
      pagination={false}
      dataSource={steps}
      locale={{ emptyText: t('dossier.stepsEmpty') }}
      scroll={{ x: 720 }}
      columns={[
        { title: t('dossier.step.seq'), width: 48, render: (_, __, i) => i + 1 },
        { title: t('dossier.step.name'), dataIndex: 'step', render: (v: string | null) => v ?? t('common.empty') },
        { title: t('dossier.step.to'), dataIndex: 'to' },
        { title: t('dossier.step.at'), dataIndex: 'at', width: 130, render: (v: string) => formatDateTimeVi(v) },
        { title: t('dossier.step.dueAt'), dataIndex: 'dueAt', width: 130, render: (v: string | null) => formatDateTimeVi(v) || t('common.empty') },
        { title: t('dossier.step.doneAt'), dataIndex: 'doneAt', width: 130, render: (v: string | null) => formatDateTimeVi(v) || t('dossier.step.pending') },
        { title: t('dossier.step.result'), dataIndex: 'timeliness', width: 100, render: (v: StepView['timeliness']) => <TimelinessTag value={v} /> },
      ]}
    />
  );
}
