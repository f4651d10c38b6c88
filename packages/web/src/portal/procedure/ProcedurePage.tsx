import { Alert, Button, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PortalError } from '../components/PortalError';
import { workingDaysText } from '../format';
import { usePageTitle } from '../components/usePageTitle';
import type { Procedure } from '../types';
import { ProcedureFacts } from './ProcedureFacts';
import { useProcedure } from './useProcedure';

function Documents({ documents }: { documents: string[] }) {
  const { t } = useTranslation('portal');
  if (documents.length === 0) return <Typography.Paragraph>{t('procedure.documentsEmpty')}</Typography.Paragraph>;
  return (
    <ol className="portal-doc-list">
      {documents.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ol>
  );
}

function Steps({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation('portal');
  if (procedure.steps.length === 0) return null;
  return (
    <section className="portal-panel" aria-labelledby="portal-steps">
      <Typography.Title level={2} id="portal-steps">
        {t('procedure.steps')}
      </Typography.Title>
      <ol className="portal-doc-list">
        {procedure.steps.map((s, i) => (
          <li key={`${i}-${s.name}`}>
            {s.name}
            {s.department ? ` — ${s.department}` : ''} ({workingDaysText(s.workingDays, t)})
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The online action, or why there is none. */
function OnlineAction({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  if (procedure.onlineLevel === 'none') return <Alert type="info" showIcon className="portal-alert" title={t('procedure.noOnline')} />;
  return (
    <div className="portal-cta">
      <Button type="primary" size="large" onClick={() => void navigate(`/cong-dan/nop/${encodeURIComponent(procedure.code)}`)}>
        {t('procedure.submitOnline')}
      </Button>
      {procedure.onlineLevel === 'partial' && <Typography.Text>{t('procedure.partialNote')}</Typography.Text>}
    </div>
  );
}

/** /cong-dan/thu-tuc/:code — what to prepare, how long it takes, what it costs. */
export default function ProcedurePage() {
  const { t } = useTranslation('portal');
  const { code } = useParams();
  const query = useProcedure(code);
  const procedure = query.data;
  usePageTitle(procedure?.name);

  return (
    <>
      <Link to="/cong-dan" className="portal-back">
        {t('procedure.back')}
      </Link>
      <PortalError error={query.error} context="catalogue" />
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {procedure && (
        <article>
          <Typography.Title level={1}>{procedure.name}</Typography.Title>
          <OnlineAction procedure={procedure} />
          <section className="portal-panel" aria-label={procedure.name}>
            <ProcedureFacts procedure={procedure} />
          </section>
          <section className="portal-panel" aria-labelledby="portal-documents">
            <Typography.Title level={2} id="portal-documents">
              {t('procedure.documents')}
            </Typography.Title>
            <Documents documents={procedure.requiredDocuments} />
          </section>
          <Steps procedure={procedure} />
        </article>
      )}
    </>
  );
}
