/**
 * Set-up through the HTTP API from a signed-in browser page, the way the SPA calls it (session
 * cookie plus CSRF token), so a journey creates the users and data it needs instead of relying on
 * what other suites left behind.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A request from the signed-in page with its session cookie and CSRF token; the body goes as it is. */
function send(page: Page, method: string, path: string, body: string | undefined, contentType: string) {
  return page.evaluate(
    async ({ method, path, body, contentType }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1${path}`, {
        method,
        // Fastify refuses an empty body that claims to be JSON, so a body-less call names no type.
        headers: { ...(body === undefined ? {} : { 'content-type': contentType }), 'x-csrf-token': me.csrfToken },
        body,
      });
      return { status: res.status, text: await res.text() };
    },
    { method, path, body, contentType },
  );
}

/** A JSON call to `/api/v1${path}` from a signed-in page. An empty body (204) gives `json: null`. */
export async function apiCall<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await send(page, method, path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
  return { status: res.status, json: (res.text ? JSON.parse(res.text) : null) as T };
}

/** Uploads a file (text such as a small PDF or CSV) as the raw body of a PUT or POST from a signed-in page. */
export function apiUpload(
  page: Page,
  method: 'PUT' | 'POST',
  path: string,
  file: { bytes: string; contentType: string },
): Promise<{ status: number; text: string }> {
  return send(page, method, path, file.bytes, file.contentType);
}

/**
 * Creates a user with a password and gives them one role (in a unit, in a group or global), as the
 * admin signed in on `adminPage`; fails the test on any refusal. Returns the new user's id.
 */
export async function createUserWithRole(
  adminPage: Page,
  user: { email: string; name: string; password: string },
  grant: { role: string; unitCode?: string; groupId?: number },
): Promise<string> {
  const created = await apiCall<{ user: { id: string } }>(adminPage, 'POST', '/users', {
    email: user.email,
    name: user.name,
    password: user.password,
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const granted = await apiCall(adminPage, 'POST', `/users/${created.json.user.id}/roles`, grant);
  expect(granted.status, JSON.stringify(granted.json)).toBe(201);
  return created.json.user.id;
}
