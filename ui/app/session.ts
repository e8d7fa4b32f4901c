// Who is logged in and for which purpose (GET /api/me of the access module). A server without the
// access module answers 404: then the app runs without login, as the server does.
import { rest, ApiError, purposeId, setPurposeId } from './api';

export type Purpose = { id: string; kind: string; title: string; legalBasis?: string; partners?: string[] };
export type Me = { username: string; roles: string[]; organisation: string; purposes: Purpose[] };

let me: Me | null = null;
let open = false;

/** Reads the session; null when not logged in (the server answered 401). */
export async function loadSession(): Promise<Me | null> {
  try {
    const raw = await rest<Record<string, unknown>>('/api/me');
    const user = raw.user as unknown;
    me = {
      username: typeof user === 'string' ? user : String((user as Record<string, unknown>)?.username ?? raw.username ?? ''),
      roles: (raw.roles ?? (user as Record<string, unknown>)?.roles ?? []) as string[],
      organisation: String(raw.organisation ?? (user as Record<string, unknown>)?.organisation ?? ''),
      purposes: (raw.purposes ?? []) as Purpose[],
    };
    open = false;
    if (purposeId() && !me.purposes.some((p) => p.id === purposeId())) setPurposeId(null);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      open = true;
      return null;
    }
    if (e instanceof ApiError && e.status === 401) {
      me = null;
      return null;
    }
    throw e;
  }
}

export const session = (): Me | null => me;
/** True when the server has no login (no access module). */
export const isOpen = (): boolean => open;
export const currentPurpose = (): Purpose | null => me?.purposes.find((p) => p.id === purposeId()) ?? null;
/** Whether screens that read the graph may be shown: logged in with a purpose, or an open server. */
export const ready = (): boolean => open || (me !== null && currentPurpose() !== null);

/**
 * What a user's roles let it do in the app (the server's AccessPolicy decides; the app only shows what would
 * not be refused): investigators (fit, tif, rechercheur, analist) run investigation screens; privacy jurists
 * and beheerders read the consultation log, the disclosure register and the purges; only privacy jurists make
 * data-subject reports. An open server (no access module) has no roles: investigation screens only.
 */
export type Ability = 'investigate' | 'audit' | 'subjectReport';
const ABILITY_ROLES: Record<Ability, string[]> = {
  investigate: ['fit', 'tif', 'rechercheur', 'analist'],
  audit: ['privacyjurist', 'beheerder'],
  subjectReport: ['privacyjurist'],
};

export function can(ability: Ability): boolean {
  if (open) return ability === 'investigate';
  return (me?.roles ?? []).some((r) => ABILITY_ROLES[ability].includes(r.toLowerCase()));
}

/** The first screen after login: search for investigators, the consultation log for auditors. */
export const home = (): string => (can('investigate') || !me ? 'search' : 'audit');

export function clearSession(): void {
  me = null;
  setPurposeId(null);
}
