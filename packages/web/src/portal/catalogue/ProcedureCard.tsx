import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LevelBadge, OnlineBadge } from '../components/Badges';
import { feeText, workingDaysText } from '../format';
import type { Procedure } from '../types';

/** One procedure in the catalogue: name (link to the details), facts, and the online action. */
export function ProcedureCard({ procedure, onField }: { procedure: Procedure; onField: (field: string) => void }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const detail = `/cong-dan/thu-tuc/${encodeURIComponent(procedure.code)}`;
  return (
    <li className="portal-card">
      <Typography.Title level={2}>
        <Link to={detail}>{procedure.name}</Link>
      </Typography.Title>
      <div className="portal-card-tags">
        <LevelBadge level={procedure.level} />
        <OnlineBadge level={procedure.onlineLevel} />
        <button
          type="button"
          className="portal-field-button"
          onClick={() => onField(procedure.field)}
          aria-label={t('catalogue.fieldFilter', { field: procedure.field })}
        >
          {procedure.field}
        </button>
      </div>
      <div className="portal-card-meta">
        <span>{t('common.code', { code: procedure.code })}</span>
        <span>
          {t('catalogue.time')}: <strong>{workingDaysText(procedure.workingDays, t)}</strong>
        </span>
        <span>
          {t('catalogue.fee')}: <strong>{feeText(procedure.fee, t)}</strong>
        </span>
      </div>
      {procedure.onlineLevel !== 'none' && (
        <div className="portal-card-actions">
          <Button type="primary" onClick={() => void navigate(`/cong-dan/nop/${encodeURIComponent(procedure.code)}`)}>
            {t('catalogue.submit')}
          </Button>
        </div>
      )}
    </li>
  );
}
