// GraphQL and REST calls to the Spoor server. Every GraphQL request carries the chosen purpose
// (header X-Spoor-Purpose, DESIGN §6); a 401 sends the user to the login screen.
export const PURPOSE_HEADER = 'X-Spoor-Purpose';

export class ApiError extends Error {
  constructor(message: string, readonly status = 0, readonly refused: string | null = null) {
    super(message);
  }
}

export const purposeId = (): string | null => sessionStorage.getItem('spoor.purpose');
export const setPurposeId = (id: string | null): void => {
  if (id) sessionStorage.setItem('spoor.purpose', id);
  else sessionStorage.removeItem('spoor.purpose');
};

/** The CSRF token the server sets as a cookie after login (Spring Security's SPA mode); echoed on every request. */
function xsrfToken(): string | null {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}

function headers(json: boolean): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json' };
  if (json) h['Content-Type'] = 'application/json';
  const xsrf = xsrfToken();
  if (xsrf) h['X-XSRF-TOKEN'] = xsrf;
  const p = purposeId();
  if (p) h[PURPOSE_HEADER] = p;
  return h;
}

async function check(res: Response): Promise<Response> {
  if (res.status === 401 && !location.hash.startsWith('#/login')) {
    location.hash = '#/login';
  }
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.clone().json();
      message = body.detail ?? body.message ?? body.error ?? message;
    } catch { /* not JSON */ }
    throw new ApiError(message, res.status);
  }
  return res;
}

type GraphQLError = { message: string; extensions?: { refused?: string } };

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await check(await fetch('/graphql', {
    method: 'POST', headers: headers(true), credentials: 'same-origin', body: JSON.stringify({ query, variables }),
  }));
  const body = (await res.json()) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new ApiError(body.errors.map((x) => x.message).join('; '), 200, e.extensions?.refused ?? null);
  }
  return body.data as T;
}

export async function rest<T>(path: string, init: RequestInit = {}): Promise<T> {
  const json = typeof init.body === 'string';
  const res = await check(await fetch(path, { credentials: 'same-origin', ...init, headers: { ...headers(json), ...(init.headers ?? {}) } }));
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}
