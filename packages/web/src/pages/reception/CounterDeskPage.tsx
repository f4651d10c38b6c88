import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DossierView, Procedure, ProcedureLevel } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProcedureInfo } from './ProcedureInfo';
import { ProcedurePicker } from './ProcedurePicker';
import { ReceptionForm, type ReceptionOutcome, type ReceptionValues } from './ReceptionForm';
import { Slip, type SlipKind } from './Slip';
import { PartialReceptionError, submitReception } from './submitReception';

interface Done {
  kind: SlipKind;
  dossier: DossierView;
  values: ReceptionValues;
  reason?: string;
}

const SLIP_OF: Record<ReceptionOutcome['kind'], SlipKind> = { received: 'receipt', supplement: 'supplement', refused: 'refusal' };
const PROCEDURE_LEVELS: readonly string[] = ['province', 'district', 'commune'];

function DoneView({ done, onNew }: { done: Done; onNew: () => void }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const navigate = useNavigate();
  return (
    <>
      <Space wrap className="mb no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('slip.print')}
        </Button>
        <Button onClick={onNew}>{t('slip.newDossier')}</Button>
        <Button onClick={() => void navigate(`/ho-so/${encodeURIComponent(done.dossier.code)}`)}>{t('slip.openDossier')}</Button>
      </Space>
      <Card className="print-card">
        <Slip
          kind={done.kind}
          dossier={done.dossier}
          unitName={user.unit.name}
          officerName={user.fullName}
          documents={done.values.documents}
          returnMethod={done.values.returnMethod}
          reason={done.reason}
        />
      </Card>
    </>
  );
}

/** Tiếp nhận hồ sơ: pick the procedure, check the papers, enter the applicant, decide. */
export default function CounterDeskPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  const unit = deskUnitOf(user);
  const level = PROCEDURE_LEVELS.includes(user.unit.level) ? (user.unit.level as ProcedureLevel) : undefined;
  const [procedure, setProcedure] = useState<Procedure>();
  const [done, setDone] = useState<Done>();
  const [formKey, setFormKey] = useState(0);

  const mutation = useMutation({
    mutationFn: ({ values, outcome }: { values: ReceptionValues; outcome: ReceptionOutcome }) =>
      submitReception(unit ?? '', procedure?.code ?? '', values, outcome),
    onSuccess: (dossier, { values, outcome }) => {
      const key = outcome.kind === 'received' ? 'reception.received' : outcome.kind === 'refused' ? 'reception.refused' : 'reception.supplementRequested';
      void message.success(t(key, { code: dossier.code }));
      void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
      setDone({ kind: SLIP_OF[outcome.kind], dossier, values, ...(outcome.kind === 'received' ? {} : { reason: outcome.reason }) });
    },
  });

  const startOver = () => {
    setDone(undefined);
    setProcedure(undefined);
    mutation.reset();
    setFormKey((k) => k + 1);
  };

  if (!unit || user.unit.level === 'department') return <Alert type="info" showIcon title={t('reception.noDeskUnit')} />;
  if (done) return <DoneView done={done} onNew={startOver} />;

  const error = mutation.error;
  return (
    <>
      <Typography.Title level={4} className="page-title">
        {t('reception.title')}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400 }}>
          {t('reception.unitNotice', { unit: user.unit.name })}
        </Typography.Text>
      </Typography.Title>
      <Card size="small" title={t('reception.procedure')} className="mb">
        <ProcedurePicker level={level} value={procedure} onChange={setProcedure} />
        {procedure && (
          <div style={{ marginTop: 12 }}>
            <Typography.Paragraph strong style={{ marginBottom: 8 }}>
              {procedure.name}
            </Typography.Paragraph>
            <ProcedureInfo procedure={procedure} />
          </div>
        )}
      </Card>
      {error instanceof PartialReceptionError ? (
        <Alert
          type="warning"
          showIcon
          className="mb"
          title={t('reception.partialFailure', { code: error.code })}
          action={<Link to={`/ho-so/${encodeURIComponent(error.code)}`}>{t('slip.openDossier')}</Link>}
        />
      ) : (
        error && (
          <div className="mb">
            <ErrorAlert error={error} onClose={() => mutation.reset()} />
          </div>
        )
      )}
      {procedure ? (
        <ReceptionForm
          key={`${procedure.code}-${formKey}`}
          procedure={procedure}
          busy={mutation.isPending}
          onSubmit={(values, outcome) => mutation.mutate({ values, outcome })}
        />
      ) : (
        <Card>
          <Empty description={t('reception.pickProcedureFirst')} />
        </Card>
      )}
    </>
  );
}
