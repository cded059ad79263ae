import type { RunningApi } from './api-server';

/**
 * The browser suites' own calls to the API (as the first manager): JSON in and out with the
 * status expected, and a wait for a background job to succeed. `api` is read at call time, as
 * the suites start it in beforeAll.
 */
export function apiCalls(api: () => RunningApi) {
  async function apiJson<T>(path: string, init?: RequestInit, expected = 200): Promise<T> {
    const response = await api().fetch(path, init);
    const text = await response.text();
    if (response.status !== expected) throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const post = <T>(path: string, body?: unknown, expected = 202) =>
    apiJson<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }, expected);

  async function finishJob(jobId: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await apiJson<{ status: string; error?: string }>(`/jobs/${encodeURIComponent(jobId)}`);
      if (job.status === 'succeeded') return;
      if (job.status === 'failed' || job.status === 'cancelled') throw new Error(`job ${jobId} ${job.status}: ${job.error ?? ''}`);
      if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  return { apiJson, post, finishJob };
}
