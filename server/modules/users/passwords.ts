import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library defaults (m = 19 MiB, t = 2, p = 1), which match OWASP's minimum
 * recommendation for argon2id. The PHC string stores the parameters, so raising them later still
 * verifies old hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/** A hash of a random string, verified against when the e-mail is unknown, so both paths cost the same. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hash(`dummy-${Math.random()}`);
  return dummy;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
