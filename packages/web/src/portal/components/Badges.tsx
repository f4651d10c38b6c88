import { useTranslation } from 'react-i18next';
import type { OnlineLevel, ProcedureLevel } from '../types';

export function OnlineBadge({ level, long = false }: { level: OnlineLevel; long?: boolean }) {
  const { t } = useTranslation('portal');
  return <span className={`portal-badge portal-badge-${level}`}>{long ? t(`onlineLevelLong.${level}`) : t(`onlineLevel.${level}`)}</span>;
}

export function LevelBadge({ level }: { level: ProcedureLevel }) {
  const { t } = useTranslation('portal');
  return <span className="portal-badge portal-badge-level">{t(`level.${level}`)}</span>;
}
