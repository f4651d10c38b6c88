import { useQuery } from '@tanstack/react-query';
import { getProcedure } from '../api';

export function useProcedure(code: string | undefined) {
  return useQuery({
    queryKey: ['portal', 'procedure', code],
    queryFn: ({ signal }) => getProcedure(code ?? '', signal),
    enabled: Boolean(code),
  });
}
