// HTTP to the /v1 API through openapi-fetch, typed by the generated schema: the API key,
// problem JSON (RFC 9457) → ApiError, a refused key (401) → sign in again, ETags.
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api-schema';

const KEY_STORAGE = 'claims-ledger.api-key';

/** The API key lives in sessionStorage: it is gone when the browser tab closes. */
export const apiKey = {
  get: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  set: (key: string): void => sessionStorage.setItem(KEY_STORAGE, key),
  clear: (): void => sessionStorage.removeItem(KEY_STORAGE),
};

type FieldError = components['schemas']['FieldErrorResponse'];

/**
 * A refused request, with the problem's `detail` as its message: it says why, and for
 * a 400 names each invalid field ("title: title should not be empty; text: ..."), which
 * `errors` also lists one by one. Status 0: the server could not be reached.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

/** What went wrong, in words, for the user. */
export function errorText(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

/** A claim or flag with the ETag of the version it was read at. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/**
 * A write refused with 412: someone else changed the resource since it was read.
 * Nothing was changed; `current` is the resource as it is now.
 */
export class StaleError<T> extends ApiError {
  constructor(readonly current: Versioned<T>) {
    super(
      412,
      'Someone else changed this while you had it open. It now shows their change: check it and try again.',
    );
  }
}

let onUnauthorized: () => void = () => undefined;

/** What to do when the key is refused (401): the app asks to sign in again, keeping the drafts. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Every call of the UI; a call that names no key of its own sends the signed-in one. */
export const client = createClient<paths>();
client.use({
  onRequest({ request }) {
    const key = apiKey.get();
    if (key && !request.headers.has('Authorization'))
      request.headers.set('Authorization', `Bearer ${key}`);
    return request;
  },
});

/** The Authorization header of a key being checked (signing in), not yet kept. */
export const withKey = (key: string) => ({ Authorization: `Bearer ${key}` });

/** What an openapi-fetch call answers. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The answer of a call that succeeded; otherwise the ApiError its problem says. A 401
 * asks to sign in again, unless the call checked a key of its own (`checkingKey`).
 */
export async function answerOf<T>(
  call: Promise<Answer<T>>,
  options: { checkingKey?: boolean } = {},
): Promise<{ data: T; response: Response }> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    throw new ApiError(
      0,
      'The server cannot be reached: check that it is running, then try again.',
    );
  }
  const { response } = answer;
  if (response.ok) return { data: answer.data as T, response };
  if (response.status === 401 && !options.checkingKey) onUnauthorized();
  throw problemOf(response, answer.error);
}

/** The data of a call that succeeded (see answerOf). */
export async function dataOf<T>(call: Promise<Answer<T>>): Promise<T> {
  return (await answerOf(call)).data;
}

/** The resource a call answered, with its ETag. */
export async function versionedOf<T>(call: Promise<Answer<T>>): Promise<Versioned<T>> {
  const { data, response } = await answerOf(call);
  return { data, etag: response.headers.get('ETag') ?? '' };
}

/**
 * A write with the ETag the resource was read at (If-Match). On 412 it reads the
 * resource again (`readAgain`) and throws StaleError with it.
 */
export async function versionedWrite<T>(
  call: Promise<Answer<T>>,
  readAgain: () => Promise<Versioned<T>>,
): Promise<Versioned<T>> {
  try {
    return await versionedOf(call);
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) throw new StaleError(await readAgain());
    throw error;
  }
}

function problemOf(response: Response, body: unknown): ApiError {
  // The API tells a program how to authenticate; a person needs to know what to do.
  if (response.status === 401)
    return new ApiError(401, 'This API key is not accepted: it is unknown, or it was revoked.');
  if (body !== null && typeof body === 'object') {
    const problem = body as Partial<components['schemas']['ProblemResponse']>;
    return new ApiError(
      response.status,
      problem.detail ?? problem.title ?? response.statusText,
      problem.errors ?? [],
    );
  }
  return new ApiError(
    response.status,
    `The server answered ${response.status} ${response.statusText}`,
  );
}

/** A cursor-paginated list of the API (`{items, nextCursor}`). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every item of a paged list, oldest first: the lists a claim's panel shows whole are short. */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** Query parameters without the empty ones (a filter left at "any"). */
export function withoutEmpty<T extends object>(params: T): T {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== ''),
  ) as T;
}
