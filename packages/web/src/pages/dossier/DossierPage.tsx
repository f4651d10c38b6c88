import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { getDossier } from '../../api/endpoints';
import type { DossierView } from '../../api/types';
import { AttachmentsPanel } from '../../components/attachments/AttachmentsPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusTag } from '../../components/Tags';
import { formatDateTimeVi } from '../../lib/format';
import { ActionBar } from './ActionBar';
import { DueSection } from './DueSection';
import { EventTimeline } from './EventTimeline';
import { FormsMenu } from './FormsMenu';
import { StepsTable } from './StepsTable';

function Header({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="mb">
      <Row gutter={[16, 12]} align="top">
        <Col xs={24} lg={14}>
          <Space wrap align="center">
            <Typography.Title level={4} style={{ margin: 0 }} className="mono" copyable>
              {dossier.code}
            </Typography.Title>
            <StatusTag status={dossier.status} />
            <Tag>{t(`channel.${dossier.channel}`)}</Tag>
            <FormsMenu dossier={dossier} />
          </Space>
          <Typography.Paragraph style={{ margin: '6px 0 0' }}>{dossier.procedure.name}</Typography.Paragraph>
          <div style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{t('dossier.actions')}</Typography.Text>
            <div style={{ marginTop: 6 }}>
              <ActionBar dossier={dossier} />
            </div>
          </div>
        </Col>
        <Col xs={24} lg={10}>
          <DueSection dossier={dossier} />
        </Col>
      </Row>
    </Card>
  );
}

function Facts({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const a = dossier.applicant;
  const empty = t('common.empty');
  return (
    <Card size="small" className="mb">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('dossier.unit')} span="filled">
          {dossier.unitName} (<span className="mono">{dossier.unit}</span>)
        </Descriptions.Item>
        <Descriptions.Item label={t('dossier.applicant')}>{a.name}</Descriptions.Item>
        <Descriptions.Item label={t('slip.idNumber')}>{a.idNumber ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('slip.phone')}>{a.phone ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('reception.email')}>{a.email ?? empty}</Descriptions.Item>
        <Descriptions.Item label={t('slip.address')} span="filled">
          {a.address ?? empty}
        </Descriptions.Item>
        <Descriptions.Item label={t('dossier.procedureCode')}>
          <span className="mono">{dossier.procedure.code}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reception.time')}>{t('common.workingDays', { value: dossier.workingDays })}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.submittedAt')}>{formatDateTimeVi(dossier.submittedAt) || empty}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.receivedAt')}>{formatDateTimeVi(dossier.receivedAt) || empty}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.finishedAt')}>{formatDateTimeVi(dossier.finishedAt) || empty}</Descriptions.Item>
        <Descriptions.Item label={t('dossier.holder')}>{dossier.holder ?? empty}</Descriptions.Item>
        {dossier.resultReturned && (
          <Descriptions.Item label={t('event.result_returned')} span="filled">
            {t('dossier.returnedNote', { via: t(`via.${dossier.resultReturned.via}`).toLowerCase(), at: formatDateTimeVi(dossier.resultReturned.at) })}
          </Descriptions.Item>
        )}
        {dossier.rating && (
          <Descriptions.Item label={t('event.rated')} span="filled">
            {t(`rating.${dossier.rating.level}`)} ({formatDateTimeVi(dossier.rating.at)})
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** Chi tiết hồ sơ: state, due and its explanation, history, process control, actions. */
export default function DossierPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: ['dossier', code], queryFn: () => getDossier(code) });

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} className="no-print" style={{ paddingLeft: 0 }}>
        {t('common.back')}
      </Button>
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isPending && <Skeleton active />}
      {query.data && (
        <>
          <Header dossier={query.data} />
          <Facts dossier={query.data} />
          <AttachmentsPanel dossier={query.data} />
          <Card size="small" title={t('dossier.steps')} className="mb">
            <StepsTable steps={query.data.steps} />
          </Card>
          <Card size="small" title={t('dossier.timeline')} className="mb">
            <EventTimeline events={query.data.events} />
          </Card>
        </>
      )}
    </>
  );
}
