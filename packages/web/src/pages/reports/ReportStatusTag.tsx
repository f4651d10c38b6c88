import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from './api';
import { STATUS_COLOR } from './reportLogic';

/** Dự thảo / Chờ duyệt / Đã duyệt / Đã ban hành / Đã thay thế. */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation('reports');
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="report-status">
      {t(`status.${status}`)}
    </Tag>
  );
}
