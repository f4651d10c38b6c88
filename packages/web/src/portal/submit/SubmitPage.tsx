import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Skeleton, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { newIdempotencyKey } from '../../lib/ids';
import { listReceivingUnits, submitDossier } from '../api';
import { useCitizenScans } from '../attachments/useCitizenScans';
import { PortalError } from '../components/PortalError';
import { usePageTitle } from '../components/usePageTitle';
import { ProcedureFacts } from '../procedure/ProcedureFacts';
import { useProcedure } from '../procedure/useProcedure';
import type { SubmitBody } from '../types';
import { SubmitForm } from './SubmitForm';
import { SubmitSuccess } from './SubmitSuccess';

/**
 * One Idempotency-Key per distinct body: pressing the button again after a lost answer (or a
 * double click) cannot create a second dossier; changing anything makes a new submission.
 */
function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | undefined>(undefined);
  return (body: SubmitBody) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { body: json, key: newIdempotencyKey() };
    return last.current.key;
  };
}

/** /cong-dan/nop/:code — online submission for a procedure with an online service. */
export default function SubmitPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('submit.title'));
  const { code } = useParams();
  const procedure = useProcedure(code);
  const online = procedure.data !== undefined && procedure.data.onlineLevel !== 'none';
  const units = useQuery({
    queryKey: ['portal', 'units'],
    queryFn: ({ signal }) => listReceivingUnits(signal),
    enabled: online,
    staleTime: 10 * 60_000,
  });
  const keyFor = useIdempotencyKey();
  const scans = useCitizenScans();
  const submit = useMutation({
    mutationFn: (body: SubmitBody) => submitDossier(body, keyFor(body)),
    // The dossier exists: send the chosen scans to it, proving ownership with the phone just typed.
    onSuccess: (dossier, body) => void scans.uploadAll(dossier.code, { phone: body.applicant.phone }),
  });

  if (submit.data) return <SubmitSuccess dossier={submit.data} scans={scans} />;
  const back = code ? `/cong-dan/thu-tuc/${encodeURIComponent(code)}` : '/cong-dan';
  return (
    <>
      <Link to={back} className="portal-back">
        {t('submit.backToProcedure')}
      </Link>
      <Typography.Title level={1}>{t('submit.title')}</Typography.Title>
      <PortalError error={procedure.error} context="catalogue" />
      {procedure.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {procedure.data && (
        <>
          <section className="portal-panel" aria-labelledby="portal-submit-procedure">
            <Typography.Text type="secondary" id="portal-submit-procedure">
              {t('submit.procedure')}
            </Typography.Text>
            <Typography.Title level={2}>{procedure.data.name}</Typography.Title>
            <ProcedureFacts procedure={procedure.data} />
          </section>
          {online ? (
            <>
              {units.error ? <Alert type="error" showIcon className="portal-alert" title={t('submit.unitsError')} /> : null}
              <SubmitForm
                procedure={procedure.data}
                units={units.data ?? []}
                unitsLoading={units.isPending}
                busy={submit.isPending}
                error={submit.error}
                scans={scans}
                onSubmit={(body) => submit.mutate(body)}
              />
            </>
          ) : (
            <Alert type="warning" showIcon className="portal-alert" title={t('submit.notOnline')} />
          )}
        </>
      )}
    </>
  );
}
