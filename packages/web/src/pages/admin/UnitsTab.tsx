import { formatDateVi } from '@motcua/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Col, DatePicker, Descriptions, Empty, Row, Space, Spin, Tag, Tree, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getUnit, listUnits } from '../../api/endpoints';
import type { Unit } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Node {
  key: string;
  title: string;
  unit: Unit;
  isLeaf: boolean;
  children?: Node[];
}

const FAR_PAST = '1900-01-01';

function validity(u: Unit, t: TFunction<'admin'>): string {
  const parts = [];
  if (u.validFrom > FAR_PAST) parts.push(t('units.from', { from: formatDateVi(u.validFrom) }));
  if (u.validTo) parts.push(t('units.until', { to: formatDateVi(u.validTo) }));
  return parts.join(' ');
}

/** The version of a unit to read details of: the one valid on its last day (or today). */
const versionDate = (u: Unit) => u.validTo ?? undefined;

function UnitDetails({ unit }: { unit: Unit }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const at = versionDate(unit);
  const q = useQuery({ queryKey: ['units', 'detail', unit.code, at], queryFn: () => getUnit(unit.code, at) });
  const successors = q.data?.successors ?? [];
  return (
    <Card size="small" title={`${unit.name} (${unit.code})`}>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('units.code')}>{unit.code}</Descriptions.Item>
        <Descriptions.Item label={t('units.level')}>{tc(`level.${unit.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('units.kind')}>{unit.kind}</Descriptions.Item>
        <Descriptions.Item label={t('units.parent')}>{unit.parentCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('units.agency')}>{unit.agencyCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('units.validity')}>
          {validity(unit, t) || '—'} {unit.validTo && <Tag color="default">{t('units.ceased')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('units.successors')}>
          {q.isLoading ? (
            <Spin size="small" />
          ) : successors.length ? (
            <ul className="plain-list">
              {successors.map((s) => (
                <li key={s.code + s.effective}>{t('units.successor', { name: s.name, code: s.code, effective: formatDateVi(s.effective) })}</li>
              ))}
            </ul>
          ) : (
            t('units.noSuccessors')
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** Read-only tree of the deployment's units, loaded level by level (GET /api/units?parent=). */
export function UnitsTab() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const { user } = useSignedIn();
  const home = deskUnitOf(user) ?? user.unit.code;
  const [at, setAt] = useState<string>();
  const [selected, setSelected] = useState<Unit>();
  const [tree, setTree] = useState<{ at: string | undefined; nodes: Node[] }>();
  const queryClient = useQueryClient();

  const toNode = (u: Unit): Node => ({ key: `${u.code}@${u.validFrom}`, title: u.name, unit: u, isLeaf: u.level === 'department' });
  const root = useQuery({
    queryKey: ['units', 'root', home, at],
    queryFn: async () => {
      // The deployment's root: the admin's unit as on the chosen day (or its last version).
      const children = await listUnits({ parent: home, ...(at ? { at } : {}) });
      const self = await getUnit(home, at ?? children[0]?.validTo ?? undefined).catch(() => undefined);
      return { self, children };
    },
  });
  if (root.data && (!tree || tree.at !== at)) {
    const { self, children } = root.data;
    const kids = children.map(toNode);
    setTree({ at, nodes: self ? [{ ...toNode(self), isLeaf: false, children: kids }] : kids });
  }

  const insert = (nodes: Node[], key: string, children: Node[]): Node[] =>
    nodes.map((n) => (n.key === key ? { ...n, children, isLeaf: children.length === 0 } : n.children ? { ...n, children: insert(n.children, key, children) } : n));

  return (
    <Row gutter={12}>
      <Col xs={24} xl={14}>
        <Card
          size="small"
          title={
            <Space>
              <span>{t('units.at')}</span>
              <DatePicker
                format="DD/MM/YYYY"
                placeholder={t('units.latest')}
                value={at ? dayjs(at) : null}
                onChange={(d) => setAt(d ? d.format('YYYY-MM-DD') : undefined)}
              />
            </Space>
          }
        >
          <div className="hint mb">{t('units.hint')}</div>
          {root.error ? <ErrorAlert error={root.error} /> : null}
          {root.isLoading && <Spin />}
          {tree && tree.nodes.length === 0 && <Empty description={t('units.none')} />}
          {tree && tree.nodes.length > 0 && (
            <Tree<Node>
              key={at ?? 'latest'}
              showLine
              defaultExpandedKeys={tree.nodes.map((n) => n.key)}
              treeData={tree.nodes}
              titleRender={(n) => (
                <span className={n.unit.validTo ? 'unit-ceased' : undefined}>
                  {n.title} <Typography.Text type="secondary">({n.unit.code})</Typography.Text>{' '}
                  <Tag>{tc(`level.${n.unit.level}`)}</Tag>
                  <Typography.Text type="secondary" className="unit-validity">
                    {validity(n.unit, t)}
                  </Typography.Text>
                </span>
              )}
              loadData={async (n) => {
                if (n.children || n.isLeaf) return;
                const u = n.unit;
                const children = await queryClient.fetchQuery({
                  queryKey: ['units', 'children', u.code, at ?? u.validTo ?? 'latest'],
                  queryFn: () => listUnits({ parent: u.code, ...(at ? { at } : u.validTo ? { at: u.validTo } : {}) }),
                });
                setTree((cur) => cur && { ...cur, nodes: insert(cur.nodes, n.key, children.map(toNode)) });
              }}
              onSelect={(_keys, info) => setSelected(info.node.unit)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>{selected && <UnitDetails key={selected.code + selected.validFrom} unit={selected} />}</Col>
    </Row>
  );
}
