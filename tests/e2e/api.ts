/**
 * Set-up through the HTTP API from a signed-in browser page, the way the SPA calls it (session
 * cookie plus CSRF token), so a journey creates the users and data it needs instead of relying on
 * what other suites left behind.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A JSON call to `/api/v1${path}` from a signed-in page. An empty body (204) gives `json: null`. */
export async function apiCall<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/**
 * Creates a user with a password and gives them one role in one unit, as the admin signed in on
 * `adminPage`; fails the test on any refusal. Returns the new user's id.
 */
export async function createUserWithRole(
  adminPage: Page,
  user: { email: string; name: string; password: string },
  grant: { role: string; unitCode: string },
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
