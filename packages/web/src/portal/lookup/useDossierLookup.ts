import type { RatingLevel } from '@motcua/core';
import { useCallback, useState } from 'react';
import { lookupDossier, rateDossier, sendSupplement } from '../api';
import type { UploadOutcome } from '../attachments/useCitizenScans';
import { ScansNotAttachedError } from '../errors';
import type { Proof, PublicDossier } from '../types';

type Action = 'lookup' | 'supplement' | 'rating';

interface LookupState {
  /** The proof lives here only (component state): never in the URL, storage or the query cache. */
  found?: { code: string; proof: Proof; dossier: PublicDossier };
  busy?: Action;
  error?: { action: Action; error: unknown };
  done?: 'supplement' | 'rating';
  /** Scans attached along with the last supplement. */
  attached?: number;
}

/** Sends the chosen scans to the dossier before the supplement (same proof as the lookup). */
export type AttachScans = (code: string, proof: Proof) => Promise<UploadOutcome>;

export function useDossierLookup() {
  const [state, setState] = useState<LookupState>({});

  const run = useCallback(async (action: Action, work: () => Promise<PublicDossier>, code: string, proof: Proof, attachedCount: () => number = () => 0) => {
    setState((s) => (s.found ? { found: s.found, busy: action } : { busy: action }));
    try {
      const dossier = await work();
      const attached = attachedCount();
      setState({ found: { code, proof, dossier }, ...(action === 'lookup' ? {} : { done: action }), ...(attached ? { attached } : {}) });
      return true;
    } catch (error) {
      // A failed lookup hides the previous dossier: a new code must not show someone else's result.
      setState((s) => (action !== 'lookup' && s.found ? { found: s.found, error: { action, error } } : { error: { action, error } }));
      return false;
    }
  }, []);

  const lookup = (code: string, proof: Proof) => run('lookup', () => lookupDossier(code, proof), code, proof);
  const found = state.found;
  /**
   * Scans first, then the note: the officer sees the files when the supplement arrives. If a scan
   * could not be attached, the note is held back (the citizen retries, or removes that file).
   */
  const supplement = async (note: string, attach?: AttachScans) => {
    if (!found) return undefined;
    let attached = 0;
    const work = async () => {
      if (attach) {
        const outcome = await attach(found.code, found.proof);
        if (outcome.notAttached > 0) throw new ScansNotAttachedError(outcome.notAttached);
        attached = outcome.attached;
      }
      return sendSupplement(found.code, found.proof, note);
    };
    return run('supplement', work, found.code, found.proof, () => attached);
  };
  const rate = (level: RatingLevel) => (found ? run('rating', () => rateDossier(found.code, found.proof, level), found.code, found.proof) : undefined);
  const refresh = () => (found ? lookup(found.code, found.proof) : undefined);
  const errorOf = (action: Action) => (state.error?.action === action ? state.error.error : undefined);

  return { dossier: state.found?.dossier, busy: state.busy, done: state.done, attached: state.attached ?? 0, errorOf, lookup, supplement, rate, refresh };
}
