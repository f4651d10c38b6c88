import { Grid } from 'antd';

/** Below antd's `sm` breakpoint (576 px): label-above-value tables read better on a phone. */
export function useNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.sm === false;
}
