import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getReportTemplate, listReportTemplates, type DataKey } from './api';

/**
 * The data-key catalogue (what each {{key}} means), served with a template. The report view does
 * not repeat it, so the preview borrows it from the unit's current template; when that cannot be
 * loaded the tooltips still show the key itself.
 */
export function useDataKeys(): ReadonlyMap<string, DataKey> {
  const templates = useQuery({ queryKey: ['report-templates'], queryFn: listReportTemplates, staleTime: 60_000 });
  const first = templates.data?.find((t) => t.validTo === null) ?? templates.data?.[0];
  const detail = useQuery({
    queryKey: ['report-templates', first?.id],
    queryFn: () => getReportTemplate(first!.id),
    enabled: first !== undefined,
    staleTime: 60_000,
  });
  return useMemo(() => new Map((detail.data?.keys ?? []).map((k) => [k.key, k])), [detail.data]);
}
