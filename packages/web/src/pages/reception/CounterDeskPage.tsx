import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DossierView, Procedure, ProcedureLevel } from '../../api/types';
import { PendingScanList } from '../../components/attachments/PendingScanList';
import { ScanDropzone } from '../../components/attachments/ScanDropzone';
import { MAX_SCANS_PER_DOSSIER } from '../../components/attachments/scanRules';
import { UploadProgress } from '../../components/attachments/UploadProgress';
import { pendingScan, useScanUploads, type PendingScan, type ScanUpload } from '../../components/attachments/useScanUploads';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { useDownload } from '../../components/Download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProcedureInfo } from './ProcedureInfo';
import { ProcedurePicker } from './ProcedurePicker';
import { ReceptionForm, type ReceptionOutcome, type ReceptionValues } from './ReceptionForm';
import { Slip, type SlipKind } from './Slip';
import { PartialReceptionError, submitReception } from './submitReception';
import { FORM_NUMBERS, formUrl } from '../dossier/officialForms';

interface Done {
  kind: SlipKind;
  dossier: DossierView;
  values: ReceptionValues;
  reason?: string;
}

const SLIP_OF: Record<ReceptionOutcome['kind'], SlipKind> = { received: 'receipt', supplement: 'supplement', refused: 'refusal' };
const PROCEDURE_LEVELS: readonly string[] = ['province', 'district', 'commune'];

/** The scans box of the counter form: files wait here until "Tiếp nhận" creates the dossier. */
function ScansCard({
  scans,
  onAdd,
  onChange,
  suggestions,
}: {
  scans: PendingScan[];
  onAdd: (file: File) => void;
  onChange: (s: PendingScan[]) => void;
  suggestions: string[];
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('attachments.counterTitle')} className="mb" extra={<span>{t('attachments.count', { count: scans.length, max: MAX_SCANS_PER_DOSSIER })}</span>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('attachments.counterHint')}
      </Typography.Paragraph>
      <ScanDropzone room={MAX_SCANS_PER_DOSSIER - scans.length} onFile={onAdd} />
      <PendingScanList scans={scans} suggestions={suggestions} onChange={onChange} />
    </Card>
  );
}

function DoneView({ done, onNew, uploads, onRetry }: { done: Done; onNew: () => void; uploads: ScanUpload[]; onRetry: () => void }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const navigate = useNavigate();
  const busy = uploads.some((u) => u.status === 'waiting' || u.status === 'uploading');
  const download = useDownload();
  const formPdf = formUrl(done.dossier.code, done.kind, 'pdf');
  const attached = uploads.flatMap((u) => (u.status === 'done' ? [u.attachment] : []));
  return (
    <>
      <div className="no-print">
        <UploadProgress items={uploads} onRetry={onRetry} />
      </div>
      <Space wrap className="mb no-print">
        {/* The official form (Mẫu 01/02/03) comes from the server as a PDF; the HTML slip stays as a preview. */}
        {/* Waits for the scans: the receipt lists the digitised components. */}
        <Button type="primary" icon={<PrinterOutlined />} disabled={busy} loading={download.pending === formPdf} onClick={() => void download.start(formPdf, 'open')}>
          {t('forms.printOfficial', { number: FORM_NUMBERS[done.kind] })}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('forms.quickPrint')}
        </Button>
        <Button onClick={onNew} disabled={busy}>
          {t('slip.newDossier')}
        </Button>
        <Button onClick={() => void navigate(`/ho-so/${encodeURIComponent(done.dossier.code)}`)} disabled={busy}>
          {t('slip.openDossier')}
        </Button>
      </Space>
      <Card className="print-card">
        <Slip
          kind={done.kind}
          dossier={done.dossier}
          unitName={done.dossier.unitName || user.unit.name}
          officerName={user.fullName}
          documents={done.values.documents}
          returnMethod={done.values.returnMethod}
          reason={done.reason}
          attachments={attached}
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
  const [scans, setScans] = useState<PendingScan[]>([]);
  const uploads = useScanUploads(done?.dossier.code);

  const mutation = useMutation({
    mutationFn: ({ values, outcome }: { values: ReceptionValues; outcome: ReceptionOutcome }) =>
      submitReception(unit ?? '', procedure?.code ?? '', values, outcome),
    onSuccess: (dossier, { values, outcome }) => {
      const key = outcome.kind === 'received' ? 'reception.received' : outcome.kind === 'refused' ? 'reception.refused' : 'reception.supplementRequested';
      void message.success(t(key, { code: dossier.code }));
      void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
      setDone({ kind: SLIP_OF[outcome.kind], dossier, values, ...(outcome.kind === 'received' ? {} : { reason: outcome.reason }) });
      // The scans go up one by one once the dossier exists; the receipt lists what made it.
      if (outcome.kind === 'received' && scans.length > 0) uploads.enqueue(scans);
      setScans([]);
    },
  });

  const startOver = () => {
    setDone(undefined);
    setProcedure(undefined);
    setScans([]);
    uploads.reset();
    mutation.reset();
    setFormKey((k) => k + 1);
  };

  if (!unit || user.unit.level === 'department') return <Alert type="info" showIcon title={t('reception.noDeskUnit')} />;
  if (done) return <DoneView done={done} onNew={startOver} uploads={uploads.items} onRetry={uploads.retryFailed} />;

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
          scans={<ScansCard scans={scans} onAdd={(file) => setScans((list) => [...list, pendingScan(file)])} onChange={setScans} suggestions={procedure.requiredDocuments} />}
        />
      ) : (
        <Card>
          <Empty description={t('reception.pickProcedureFirst')} />
        </Card>
      )}
    </>
  );
}
