import type { RatingLevel } from '@motcua/core';
import { useCallback, useState } from 'react';
import { lookupDossier, rateDossier, sendSupplement } from '../api';
import type { Proof, PublicDossier } from '../types';

type Action = 'lookup' | 'supplement' | 'rating';

interface LookupState {
  /** The proof lives here only (component state): never in the URL, storage or the query cache. */
  found?: { code: string; proof: Proof; dossier: PublicDossier };
  busy?: Action;
  error?: { action: Action; error: unknown };
  done?: 'supplement' | 'rating';
}

export function useDossierLookup() {
  const [state, setState] = useState<LookupState>({});

  const run = useCallback(async (action: Action, work: () => Promise<PublicDossier>, code: string, proof: Proof) => {
    setState((s) => (s.found ? { found: s.found, busy: action } : { busy: action }));
    try {
      const dossier = await work();
      setState({ found: { code, proof, dossier }, ...(action === 'lookup' ? {} : { done: action }) });
      return true;
    } catch (error) {
      // A failed lookup hides the previous dossier: a new code must not show someone else's result.
      setState((s) => (action !== 'lookup' && s.found ? { found: s.found, error: { action, error } } : { error: { action, error } }));
      return false;
    }
  }, []);

  const lookup = (code: string, proof: Proof) => run('lookup', () => lookupDossier(code, proof), code, proof);
  const found = state.found;
  const supplement = (note: string) =>
    found ? run('supplement', () => sendSupplement(found.code, found.proof, note), found.code, found.proof) : undefined;
  const rate = (level: RatingLevel) => (found ? run('rating', () => rateDossier(found.code, found.proof, level), found.code, found.proof) : undefined);
  const refresh = () => (found ? lookup(found.code, found.proof) : undefined);
  const errorOf = (action: Action) => (state.error?.action === action ? state.error.error : undefined);

  return { dossier: state.found?.dossier, busy: state.busy, done: state.done, errorOf, lookup, supplement, rate, refresh };
}
