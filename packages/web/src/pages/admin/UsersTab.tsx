import { ROLE_LABELS_VI, ROLES, type Role } from '@motcua/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, listUnits, listUsers, searchUnits, updateUser } from '../../api/endpoints';
import type { CreateUserBody, UpdateUserBody, UserView } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { deskUnitOf } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { useIdempotencyKey } from './useIdempotentMutation';

const roleOptions = (roles: readonly Role[]) => roles.map((r) => ({ value: r, label: ROLE_LABELS_VI[r] }));

/** Units to choose from: the admin's own tree first, any other by typing (name or code). */
function UnitSelect({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const { user } = useSignedIn();
  const home = deskUnitOf(user) ?? user.unit.code;
  const [q, setQ] = useState('');
  const below = useQuery({ queryKey: ['units', 'children', home, 'latest'], queryFn: () => listUnits({ parent: home }) });
  const found = useQuery({ queryKey: ['units', 'search', q], queryFn: () => searchUnits(q), enabled: q.length >= 2 });
  const seen = new Set<string>();
  const options = [
    { value: home, label: `${home === user.unit.code ? user.unit.name : home} (${home})` },
    ...(below.data ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })),
    ...(found.data ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` })),
  ].filter((o) => !seen.has(o.value) && seen.add(o.value));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? null}
      {...(onChange ? { onChange } : {})}
      options={options}
      loading={found.isFetching}
      style={{ width: '100%' }}
    />
  );
}

interface FormShape {
  username: string;
  fullName: string;
  role: Role;
  unit: string;
  password?: string;
  active: boolean;
}

function UserModal({ user, onClose }: { user: UserView | undefined; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const { user: me } = useSignedIn();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormShape>();
  const keyFor = useIdempotencyKey();
  // A unit admin cannot make system admins; the server enforces it too.
  const roles = me.role === 'system_admin' ? ROLES : ROLES.filter((r) => r !== 'system_admin');
  const mutation = useMutation({
    mutationFn: async (v: FormShape) => {
      if (!user) {
        const body: CreateUserBody = { username: v.username.trim().toLowerCase(), fullName: v.fullName.trim(), role: v.role, unit: v.unit, password: v.password ?? '' };
        return createUser(body, keyFor(body));
      }
      const body: UpdateUserBody = {};
      if (v.fullName.trim() !== user.fullName) body.fullName = v.fullName.trim();
      if (v.role !== user.role) body.role = v.role;
      if (v.unit !== user.unit.code) body.unit = v.unit;
      if (v.active !== user.active) body.active = v.active;
      if (v.password) body.password = v.password;
      return updateUser(user.username, body, keyFor({ u: user.username, ...body }));
    },
    onSuccess: (u) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(t(user ? 'users.updated' : 'users.created', { username: u.username }));
      onClose();
    },
  });
  const required = { required: true, message: t('procedures.form.required') };
  return (
    <FormModal
      form={form}
      mutation={mutation}
      title={user ? t('users.edit', { username: user.username }) : t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onClose={onClose}
      formProps={{ initialValues: user ? { username: user.username, fullName: user.fullName, role: user.role, unit: user.unit.code, active: user.active } : { active: true } }}
    >
      <Form.Item
        name="username"
        label={t('users.form.username')}
        extra={user ? undefined : t('users.form.usernameRule')}
        rules={user ? [] : [required, { pattern: /^[a-z0-9._-]{3,60}$/, message: t('users.form.usernameRule') }]}
      >
        <Input disabled={!!user} autoComplete="off" />
      </Form.Item>
      <Form.Item name="fullName" label={t('users.form.fullName')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="role" label={t('users.form.role')} rules={[required]}>
        <Select options={roleOptions(roles)} />
      </Form.Item>
      <Form.Item name="unit" label={t('users.form.unit')} rules={[required]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="password"
        label={user ? t('users.form.newPassword') : t('users.form.password')}
        extra={t('users.form.passwordRule')}
        rules={[...(user ? [] : [required]), { min: 10, message: t('users.form.passwordRule') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {user && (
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>{t('users.form.active')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}

export function UsersTab() {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: listUsers });
  const [editing, setEditing] = useState<UserView | 'new'>();
  const [q, setQ] = useState('');
  const keyFor = useIdempotencyKey();
  const toggle = useMutation({
    mutationFn: (u: UserView) => {
      const body = { active: !u.active };
      return updateUser(u.username, body, keyFor({ u: u.username, ...body }));
    },
    onSuccess: (u) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(t('users.updated', { username: u.username }));
    },
  });
  const needle = q.trim().toLowerCase();
  const rows = (users.data ?? []).filter(
    (u) => !needle || u.username.includes(needle) || u.fullName.toLowerCase().includes(needle) || u.unit.name.toLowerCase().includes(needle) || u.unit.code.includes(needle),
  );
  const columns: ColumnsType<UserView> = [
    { title: t('users.col.username'), dataIndex: 'username', width: 180, render: (u: string) => <span className="mono">{u}</span> },
    { title: t('users.col.fullName'), dataIndex: 'fullName' },
    { title: t('users.col.role'), dataIndex: 'role', width: 200, render: (r: Role) => ROLE_LABELS_VI[r] },
    { title: t('users.col.unit'), width: 240, render: (_: unknown, u) => `${u.unit.name} (${u.unit.code})` },
    {
      title: t('users.col.state'),
      width: 220,
      render: (_: unknown, u) => (
        <Space size={4} wrap>
          <Tag color={u.active ? 'green' : 'default'}>{t(u.active ? 'users.state.active' : 'users.state.disabled')}</Tag>
          {u.locked && <Tag color="red">{t('users.state.locked')}</Tag>}
          {u.demo && <Tag color="purple">{t('users.state.demo')}</Tag>}
        </Space>
      ),
    },
    {
      width: 160,
      render: (_: unknown, u) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing(u)}>
            {t('common.edit')}
          </Button>
          <Button size="small" danger={u.active} loading={toggle.isPending && toggle.variables?.username === u.username} onClick={() => toggle.mutate(u)}>
            {t(u.active ? 'users.disable' : 'users.enable')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space className="mb" wrap>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('users.add')}
        </Button>
        <Input.Search allowClear placeholder={t('users.search')} onChange={(e) => setQ(e.target.value)} style={{ width: 360 }} />
      </Space>
      {users.error ? <ErrorAlert error={users.error} /> : null}
      {toggle.error ? <ErrorAlert error={toggle.error} /> : null}
      <Table<UserView> size="small" rowKey="username" columns={columns} dataSource={rows} loading={users.isLoading} scroll={{ x: 1000 }} pagination={{ pageSize: 20 }} />
      {editing && <UserModal user={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
