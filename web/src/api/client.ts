// The one way the app talks to the API: same-origin cookies, the CSRF token on every write,
// and errors turned into ApiError carrying the server's { code, message, fieldErrors, details }.
// A 401 anywhere (other than the login call itself) sends the user to the login page with
// the server's message (e.g. “已超过 30 分钟未操作，请重新登录”).

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  fieldErrors?: FieldError[];
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  readonly details: Record<string, unknown>;
  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? [];
    this.details = body.details ?? {};
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedHandler = (error: ApiError) => void;
let onUnauthorized: UnauthorizedHandler = () => undefined;
/** Registered by the auth provider: clears the session and routes to /login. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** Builds `?a=1&b=x,y` from defined values; arrays become comma lists as the API accepts. */
export function toQuery(params: Record<string, QueryValue> | URLSearchParams | undefined): string {
  if (!params) return '';
  if (params instanceof URLSearchParams) {
    const s = params.toString();
    return s ? `?${s}` : '';
  }
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) sp.set(k, v.join(','));
    } else sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: ErrorBody;
  try {
    const json = (await res.json()) as Partial<ErrorBody>;
    body = { code: json.code ?? 'HTTP_' + res.status, message: json.message ?? `请求失败（HTTP ${res.status}）`, fieldErrors: json.fieldErrors, details: json.details };
  } catch {
    body = { code: 'HTTP_' + res.status, message: res.status >= 500 ? `服务器暂时无法处理请求（HTTP ${res.status}），请稍后重试` : `请求失败（HTTP ${res.status}）` };
  }
  return new ApiError(res.status, body);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue> | URLSearchParams;
  body?: unknown;
  /** Skip the global 401 redirect (login, the initial /me probe). */
  noRedirectOn401?: boolean;
  signal?: AbortSignal;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}${toQuery(opts.query)}`, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!res.ok) {
    const error = await errorFrom(res);
    if (res.status === 401 && !opts.noRedirectOn401) onUnauthorized(error);
    throw error;
  }
  return res;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Downloads a file answer (xlsx, lrmx) and hands it to the browser under the server's name. */
export async function download(path: string, query?: RequestOptions['query'], fallbackName = 'download'): Promise<string> {
  const res = await send(path, { query });
  const blob = await res.blob();
  const name = fileNameOf(res.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(blob, name);
  return name;
}

export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The message to show for any thrown value: the API's own message when there is one. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
