import { useQuery } from '@tanstack/react-query';
import { Card, Result, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { listUnits } from '../../api/endpoints';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf, REFORM_ROLES } from '../../auth/session';
import { AssignmentsTab } from './AssignmentsTab';
import { FiguresTab } from './FiguresTab';
import { PlanTab } from './PlanTab';
import { RecordsTab } from './RecordsTab';
import './reform.css';

const TABS = ['ke-hoach', 'nhiem-vu', 'so-lieu', 'ho-so-cchc'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEY: Record<Tab, string> = { 'ke-hoach': 'plan', 'nhiem-vu': 'assignments', 'so-lieu': 'figures', 'ho-so-cchc': 'records' };

/** The committee whose reform work is shown: the desk unit, or one of the communes below it. */
function UnitPicker({ home, homeName, value, onChange }: { home: string; homeName: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation('reform');
  const below = useQuery({ queryKey: ['units', 'children', home, 'latest'], queryFn: () => listUnits({ parent: home }) });
  const communes = (below.data ?? []).filter((u) => u.level !== 'department');
  if (communes.length === 0) return null;
  return (
    <Space>
      <Typography.Text>{t('unit')}</Typography.Text>
      <Select
        aria-label={t('unit')}
        showSearch={{ optionFilterProp: 'label' }}
        value={value}
        onChange={onChange}
        style={{ width: 300 }}
        options={[{ value: home, label: `${homeName} (${home})` }, ...communes.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))]}
      />
    </Space>
  );
}

/** /cai-cach/:tab — administrative-reform work (issue #4): the plan, assigned tasks, periodic figures and
 * the records (directing documents, inspections, initiatives, communication). */
export default function ReformPage() {
  const { t } = useTranslation('reform');
  const { user } = useSignedIn();
  const params = useParams();
  const navigate = useNavigate();
  const home = deskUnitOf(user) ?? user.unit.code;
  const homeName = home === user.unit.code ? user.unit.name : home;
  const [unit, setUnit] = useState(home);
  if (!REFORM_ROLES.includes(user.role)) return <Result status="403" title={t('forbidden')} />;
  const tab: Tab = TABS.find((k) => k === params.tab) ?? 'ke-hoach';
  const body = (k: Tab) =>
    k === 'ke-hoach' ? <PlanTab unit={unit} /> : k === 'nhiem-vu' ? <AssignmentsTab unit={unit} /> : k === 'so-lieu' ? <FiguresTab unit={unit} /> : <RecordsTab unit={unit} />;
  return (
    <div className="reform">
      <Space className="reform-head" wrap align="center">
        <Typography.Title level={4} className="page-title">
          {t('title')}
        </Typography.Title>
        <UnitPicker home={home} homeName={homeName} value={unit} onChange={setUnit} />
      </Space>
      <Card size="small">
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(k) => void navigate(`/cai-cach/${k}`)}
          items={TABS.map((k) => ({ key: k, label: t(`tab.${TAB_KEY[k]}`), children: k === tab ? body(k) : null }))}
        />
      </Card>
    </div>
  );
}
