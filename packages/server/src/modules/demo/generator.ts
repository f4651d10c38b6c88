/** Placeholder until the generator lands (see demo/README in the issue note). */
export function generateDemoDossiers(_catalogueJsonl: string): string[] {
  return [];
}
