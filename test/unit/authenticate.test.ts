import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/auth/apiKeys.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { authSettingsOf } from '../../src/auth/settings.js';

/** Who a request is, from its headers: API keys (held hashed), JWTs (HS256, RS256), anonymous. */
const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';
const editorKey = newApiKey();
const viewerKey = newApiKey();
const keys = `ed:editor:${hashApiKey(editorKey)},vi:viewer:${hashApiKey(viewerKey)}`;

const hs256 = (claims: Record<string, unknown>, expires = '5m', secret = SECRET) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1').setIssuedAt().setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: { message: string; extensions: { code: string } }) => e);
  return error && { code: error.extensions.code, message: error.message };
};

describe('authentication', () => {
  it('lets anonymous callers in with the anonymous role, or with none', async () => {
    expect(await createAuthenticator(authSettingsOf({}))({})).toEqual({ kind: 'anonymous', subject: 'anonymous', role: 'analyst' });
    expect((await createAuthenticator(authSettingsOf({ AUTH_ANONYMOUS_ROLE: 'none' }))({})).role).toBeNull();
  });

  it('finds an API key by its hash, in the Authorization header or X-API-Key', async () => {
    const authenticate = createAuthenticator(authSettingsOf({ API_KEYS: keys }));
    expect(await authenticate({ authorization: `Bearer ${editorKey}` })).toEqual({ kind: 'apiKey', subject: 'ed', role: 'editor' });
    expect(await authenticate({ 'x-api-key': viewerKey })).toEqual({ kind: 'apiKey', subject: 'vi', role: 'viewer' });
    expect(await refusal(authenticate({ authorization: `Bearer ${newApiKey()}` }))).toEqual({ code: 'UNAUTHENTICATED', message: 'unknown API key' });
    expect(await refusal(authenticate({ 'x-api-key': 'not-a-key' }))).toEqual({ code: 'UNAUTHENTICATED', message: 'unknown API key' });
    expect((await refusal(authenticate({ authorization: `Basic abc` })))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an API_KEYS entry that is not name:role:sha256', () => {
    expect(() => authSettingsOf({ API_KEYS: 'alice:boss:abc' })).toThrow(/name:role:sha256/);
    expect(() => authSettingsOf({ API_KEYS: `alice:editor:${'0'.repeat(63)}` })).toThrow(/64-digit hex/);
  });

  it('verifies an HS256 token and takes the role from its claim', async () => {
    const authenticate = createAuthenticator(authSettingsOf({ JWT_SECRET: SECRET, JWT_ISSUER: 'idp' }));
    const token = await new SignJWT({ role: 'editor' }).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1').setIssuer('idp')
      .setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
    expect(await authenticate({ authorization: `Bearer ${token}` })).toEqual({ kind: 'jwt', subject: 'user-1', role: 'editor' });
  });

  it('refuses expired, forged, wrongly issued and role-less tokens', async () => {
    const authenticate = createAuthenticator(authSettingsOf({ JWT_SECRET: SECRET, JWT_ISSUER: 'idp' }));
    const bearer = async (token: Promise<string>) => ({ authorization: `Bearer ${await token}` });
    const issued = (claims: Record<string, unknown>, secret = SECRET, expires: string | number = '5m', issuer = 'idp') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(issuer).setExpirationTime(expires).sign(new TextEncoder().encode(secret));
    expect(await refusal(authenticate(await bearer(issued({ role: 'admin' }, SECRET, Math.floor(Date.now() / 1000) - 60)))))
      .toEqual({ code: 'UNAUTHENTICATED', message: 'the token has expired' });
    expect(await refusal(authenticate(await bearer(issued({ role: 'admin' }, `${SECRET}-other`)))))
      .toEqual({ code: 'UNAUTHENTICATED', message: 'the token signature does not verify' });
    expect((await refusal(authenticate(await bearer(issued({ role: 'admin' }, SECRET, '5m', 'elsewhere')))))?.message).toMatch(/iss/);
    expect((await refusal(authenticate(await bearer(issued({ role: 'boss' })))))?.message).toMatch(/"role" claim must be one of/);
    expect((await refusal(authenticate({ authorization: 'Bearer not.a.jwt' })))?.message).toBe('the token is not a valid JWT');
  });

  it('refuses a token without an expiry: a JWT with no exp never expires', async () => {
    const authenticate = createAuthenticator(authSettingsOf({ JWT_SECRET: SECRET }));
    const forever = await new SignJWT({ role: 'viewer' }).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1').setIssuedAt()
      .sign(new TextEncoder().encode(SECRET));
    expect(await refusal(authenticate({ authorization: `Bearer ${forever}` })))
      .toEqual({ code: 'UNAUTHENTICATED', message: 'the token has no "exp" (expiry) claim: tokens must expire' });
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const rs256 = createAuthenticator(authSettingsOf({ JWT_PUBLIC_KEY: await exportSPKI(publicKey) }));
    const foreverRs = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'RS256' }).setSubject('svc').sign(privateKey);
    expect((await refusal(rs256({ authorization: `Bearer ${foreverRs}` })))?.message).toMatch(/no "exp"/);
  });

  it('verifies an RS256 token with the configured public key, and refuses an HS256 one there', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const authenticate = createAuthenticator(authSettingsOf({ JWT_PUBLIC_KEY: await exportSPKI(publicKey) }));
    const token = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'RS256' }).setSubject('svc').setExpirationTime('5m').sign(privateKey);
    expect(await authenticate({ authorization: `Bearer ${token}` })).toEqual({ kind: 'jwt', subject: 'svc', role: 'analyst' });
    expect((await refusal(authenticate({ authorization: `Bearer ${await hs256({ role: 'admin' })}` })))?.message)
      .toBe('the token is signed with an algorithm not accepted here');
  });

  it('refuses tokens when no JWT key is configured', async () => {
    const authenticate = createAuthenticator(authSettingsOf({}));
    expect((await refusal(authenticate({ authorization: `Bearer ${await hs256({ role: 'admin' })}` })))?.message)
      .toMatch(/no JWT_SECRET or JWT_PUBLIC_KEY/);
  });
});
