import { z } from 'zod';
import type { ApiKeyEntry } from './apiKeys.js';
import { ROLES, type Role } from './roles.js';

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** `name:role:sha256` entries, comma-separated; `npm run api-key` prints one. */
const ApiKeys = z.string().default('').transform((text, ctx): ApiKeyEntry[] => {
  const entries: ApiKeyEntry[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, role, sha256, ...rest] = item.split(':');
    if (!name || !(ROLES as readonly string[]).includes(role ?? '') || !/^[0-9a-f]{64}$/.test(sha256 ?? '') || rest.length > 0) {
      ctx.addIssue({ code: 'custom', message: `each entry must be name:role:sha256 with a role among ${ROLES.join(', ')} and a 64-digit hex SHA-256 (npm run api-key prints one); got "${item.slice(0, 40)}"` });
      return z.NEVER;
    }
    entries.push({ name, role: role as Role, sha256: sha256! });
  }
  return entries;
});

/**
 * The access settings, read from the environment with the rest of the configuration
 * (src/config.ts). Documented in docs/configuration.md, docs/api.md#access and SECURITY.md.
 */
export const AUTH_SETTINGS = {
  AUTH_ANONYMOUS_ROLE: z.enum(['none', ...ROLES], { error: `must be none or one of ${ROLES.join(', ')}` }).default('analyst'),
  API_KEYS: ApiKeys,
  JWT_SECRET: z.preprocess(blankIsUnset, z.string().min(32, 'must be at least 32 characters (HS256)').optional()),
  JWT_PUBLIC_KEY: z.preprocess(blankIsUnset, z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key (SPKI, RS256)' }).optional()),
  JWT_ISSUER: z.preprocess(blankIsUnset, z.string().optional()),
  JWT_AUDIENCE: z.preprocess(blankIsUnset, z.string().optional()),
  JWT_ROLE_CLAIM: z.string().min(1).default('role'),
};

const AuthSettingsSchema = z.object(AUTH_SETTINGS);
export type AuthSettings = z.output<typeof AuthSettingsSchema>;

/** The settings with nothing set: anonymous analysts, no keys, no tokens. */
export const DEFAULT_AUTH: AuthSettings = AuthSettingsSchema.parse({});

export function authSettingsOf(values: Record<string, unknown>): AuthSettings {
  return AuthSettingsSchema.parse(values);
}
