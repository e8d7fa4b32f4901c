// The analysis period the typology screens and the profile share (kept in this browser): the server's
// default is the last two years up to today, which may lie after the registers an investigator holds.
export type Period = { since: string; until: string };

export function period(): Period {
  return { since: localStorage.getItem('spoor.since') ?? '', until: localStorage.getItem('spoor.until') ?? '' };
}

export function setPeriod(p: Period): void {
  for (const [k, v] of Object.entries(p)) {
    if (v) localStorage.setItem(`spoor.${k}`, v);
    else localStorage.removeItem(`spoor.${k}`);
  }
}

/** GraphQL variables: null for an open end (the server's default). */
export const periodVars = (): { since: string | null; until: string | null } => ({ since: period().since || null, until: period().until || null });
