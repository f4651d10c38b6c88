import { formatNumberVi, formatPercentVi } from '@motcua/core';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DRILLDOWN_KINDS, type DrilldownKind, type StatsFigures } from '../../api/types';

type FigureKey = keyof StatsFigures;

const GROUPS: { key: string; figures: FigureKey[] }[] = [
  { key: 'received', figures: ['receivedTotal', 'receivedDirect', 'carriedOver', 'receivedOnline'] },
  { key: 'resolved', figures: ['resolvedTotal', 'resolvedEarly', 'resolvedOnTime', 'resolvedOverdue'] },
  { key: 'inProgress', figures: ['inProgressTotal', 'inProgressOnTime', 'inProgressOverdue'] },
  { key: 'other', figures: ['awaitingSupplement', 'awaitingObligation', 'returnedTotal', 'rejected', 'withdrawn', 'refusedAtReception', 'resultsByPost'] },
  { key: 'rating', figures: ['ratedVerySatisfied', 'ratedSatisfied', 'ratedDissatisfied'] },
];

export const isDrilldownKind = (k: string): k is DrilldownKind => (DRILLDOWN_KINDS as readonly string[]).includes(k);

/** (early + on time) / resolved, the one rate the dashboard derives itself. */
export function onTimeRate(f: StatsFigures): string {
  return formatPercentVi(f.resolvedEarly + f.resolvedOnTime, f.resolvedTotal);
}

/** The seed's section II.2 paragraph for one level ("Tại cấp huyện" / "Tại cấp xã"). */
export function SeedSentences({ f }: { f: StatsFigures }) {
  const { t } = useTranslation('dashboard');
  const n = formatNumberVi;
  return (
    <div className="seed-sentences">
      <p>+ {t('sentence.received', { total: n(f.receivedTotal), direct: n(f.receivedDirect), carried: n(f.carriedOver), online: n(f.receivedOnline) })}</p>
      <p>
        + {t('sentence.resolved', { total: n(f.resolvedTotal), onTime: n(f.resolvedEarly + f.resolvedOnTime), rate: onTimeRate(f), overdue: n(f.resolvedOverdue) })}
      </p>
      <p>+ {t('sentence.inProgress', { total: n(f.inProgressTotal), onTime: n(f.inProgressOnTime), overdue: n(f.inProgressOverdue) })}</p>
      <p>
        +{' '}
        {t('sentence.awaiting', { supplement: n(f.awaitingSupplement), obligation: n(f.awaitingObligation), returned: n(f.returnedTotal) })}
      </p>
    </div>
  );
}

/** One level's figures; those with a dossier list open the drill-down when clicked. */
export function FiguresBlock({ title, f, onOpen }: { title: string; f: StatsFigures; onOpen: (kind: DrilldownKind) => void }) {
  const { t } = useTranslation('dashboard');
  return (
    <Card size="small" title={title} className="figures-block" extra={<span className="rate-badge">{t('figure.onTimeRate')}: {onTimeRate(f)}</span>}>
      <SeedSentences f={f} />
      <div className="figure-groups">
        {GROUPS.map((g) => (
          <div key={g.key}>
            <Typography.Text type="secondary" className="group-title">
              {t(`group.${g.key}`)}
            </Typography.Text>
            <ul className="figure-list">
              {g.figures.map((k) => {
                const label = t(`figure.${k}`);
                const value = formatNumberVi(f[k]);
                return (
                  <li key={k} className={k.endsWith('Total') ? 'figure-total' : undefined}>
                    <span className="figure-label">{label}</span>
                    {isDrilldownKind(k) && f[k] > 0 ? (
                      <a role="button" className="figure-value" data-figure={k} onClick={() => onOpen(k)} aria-label={`${label}: ${value}`}>
                        {value}
                      </a>
                    ) : (
                      <span className="figure-value" data-figure={k}>
                        {value}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}
