import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnlineLevel, ProcedureLevel } from '../types';
import { LEVELS, ONLINE, type CatalogueState } from './catalogueParams';

/** Search box (submitted with Enter or the button) and the level / online-level filters. */
export function CatalogueFilters({ state, onChange }: { state: CatalogueState; onChange: (next: Partial<CatalogueState>) => void }) {
  const { t } = useTranslation('portal');
  const ids = { q: useId(), level: useId(), online: useId() };
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: text.trim() });
  };

  return (
    <div className="portal-filters">
      <form role="search" onSubmit={submit}>
        <label htmlFor={ids.q} className="portal-label">
          {t('catalogue.searchLabel')}
        </label>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id={ids.q}
            type="search"
            size="large"
            value={text}
            maxLength={200}
            placeholder={t('catalogue.searchPlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              // Clearing the box (✕ or select-all + delete) shows the whole catalogue again.
              if (e.target.value === '' && state.q) onChange({ q: '' });
            }}
          />
          <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined />}>
            {t('catalogue.searchButton')}
          </Button>
        </Space.Compact>
      </form>
      <div className="portal-filter-row">
        <div>
          <label htmlFor={ids.level}>{t('catalogue.levelLabel')}</label>
          <Select<ProcedureLevel | ''>
            id={ids.level}
            style={{ width: '100%' }}
            value={state.level ?? ''}
            onChange={(v) => onChange({ level: v || undefined })}
            options={[{ value: '', label: t('catalogue.levelAll') }, ...LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))]}
          />
        </div>
        <div>
          <label htmlFor={ids.online}>{t('catalogue.onlineLabel')}</label>
          <Select<OnlineLevel | ''>
            id={ids.online}
            style={{ width: '100%' }}
            value={state.online ?? ''}
            onChange={(v) => onChange({ online: v || undefined })}
            options={[{ value: '', label: t('catalogue.onlineAll') }, ...ONLINE.map((l) => ({ value: l, label: t(`onlineLevelLong.${l}`) }))]}
          />
        </div>
      </div>
    </div>
  );
}
