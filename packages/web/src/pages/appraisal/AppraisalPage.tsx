import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Result, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSignedIn } from '../../auth/AuthContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { listAppraisals } from './api';
import { APPRAISAL_ROLES, RoundStatusTag } from './common';
import { ResultsTab } from './ResultsTab';
import { RoundTab } from './RoundTab';
import { ScoringTab } from './ScoringTab';
import { SetTab } from './SetTab';
import './appraisal.css';

const TABS = ['ket-qua', 'cham-diem', 'dot-tham-dinh', 'bo-tieu-chi'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEY: Record<Tab, string> = { 'ket-qua': 'results', 'cham-diem': 'scoring', 'dot-tham-dinh': 'round', 'bo-tieu-chi': 'criteria' };

/**
 * /chi-so-cchc/:tab — the commune reform index (chỉ số CCHC cấp xã, issue #6): results and
 * ranking, the communes' self-assessment and the council's appraisal, the round with its council
 * and survey scores, and the criteria set. `?nam=` picks the year, `?xa=` a commune.
 */
export default function AppraisalPage() {
  const { t } = useTranslation('appraisal');
  const { user } = useSignedIn();
  const params = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const rounds = useQuery({ queryKey: ['appraisals'], queryFn: listAppraisals });
  if (!APPRAISAL_ROLES.includes(user.role)) return <Result status="403" title={t('forbidden')} />;
  // The district whose index this user keeps (district staff); commune staff follow their rounds.
  const district = user.unit.level === 'district' ? user.unit.code : user.unit.level === 'department' ? (user.unit.parentCode ?? undefined) : undefined;
  const mine = (rounds.data?.items ?? []).filter((r) => !district || r.district.code === district);
  const years = [...new Set(mine.map((r) => r.year))].sort((a, b) => b - a);
  const asked = Number(search.get('nam'));
  const year = Number.isInteger(asked) && asked >= 2000 ? asked : (years[0] ?? new Date().getFullYear() - 1);
  const round = mine.find((r) => r.year === year);
  const tab: Tab = TABS.find((k) => k === params.tab) ?? 'ket-qua';
  const setYear = (y: number) => setSearch((s) => {
    const next = new URLSearchParams(s);
    next.set('nam', String(y));
    next.delete('xa');
    return next;
  });
  const body = (k: Tab) => {
    if (k === 'bo-tieu-chi') return <SetTab district={district} year={year} />;
    if (k === 'dot-tham-dinh') return <RoundTab district={district} year={year} roundId={round?.id} />;
    if (!round) return <Typography.Paragraph type="secondary">{t('noRound', { year })}</Typography.Paragraph>;
    return k === 'ket-qua' ? <ResultsTab id={round.id} /> : <ScoringTab id={round.id} />;
  };
  return (
    <div className="appraisal">
      <Space className="appraisal-head" wrap align="center">
        <Typography.Title level={4} className="page-title">
          {t('title')}
        </Typography.Title>
        <Space wrap>
          <Typography.Text>{t('year')}</Typography.Text>
          <InputNumber<number> aria-label={t('year')} min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} style={{ width: 96 }} />
          {years.length > 0 && (
            <Typography.Text type="secondary">
              {t('yearsWithRound')}{' '}
              {years.map((y) => (
                <Button key={y} size="small" type={y === year ? 'primary' : 'default'} onClick={() => setYear(y)}>
                  {y}
                </Button>
              ))}
            </Typography.Text>
          )}
          {round && <RoundStatusTag status={round.status} />}
        </Space>
      </Space>
      {rounds.error ? <ErrorAlert error={rounds.error} /> : null}
      <Card size="small">
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(k) => void navigate({ pathname: `/chi-so-cchc/${k}`, search: search.toString() })}
          items={TABS.map((k) => ({ key: k, label: t(`tab.${TAB_KEY[k]}`), children: k === tab ? body(k) : null }))}
        />
      </Card>
    </div>
  );
}
