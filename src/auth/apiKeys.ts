import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from './roles.js';

/** An API key as the configuration holds it: a name, a role and the key's SHA-256, never the key. */
export interface ApiKeyEntry {
  readonly name: string;
  readonly role: Role;
  readonly sha256: string;
}

/** Keys are 32 random bytes, so a fast hash is enough: there is nothing to guess from it. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export const API_KEY_PREFIX = 'kg_';

export function newApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The entry whose hash matches `key`, compared in constant time. */
export function findApiKey(entries: readonly ApiKeyEntry[], key: string): ApiKeyEntry | undefined {
  const hash = Buffer.from(hashApiKey(key), 'hex');
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) {
    const stored = Buffer.from(entry.sha256, 'hex');
    if (stored.length === hash.length && timingSafeEqual(stored, hash)) found = entry;
  }
  return found;
}
