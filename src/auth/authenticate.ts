import type { IncomingHttpHeaders } from 'node:http';
import { errors as joseErrors, importSPKI, jwtVerify, type JWTPayload } from 'jose';
import { API_KEY_PREFIX, findApiKey } from './apiKeys.js';
import { UnauthenticatedError } from './errors.js';
import { ROLES, type Principal, type Role } from './roles.js';
import type { AuthSettings } from './settings.js';

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Principal>;

/** The credential a request carries: `Authorization: Bearer <key or JWT>` or `X-API-Key: <key>`. */
function credentialOf(headers: IncomingHttpHeaders): { value: string; apiKeyHeader: boolean } | null {
  const header = headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthenticatedError('the Authorization header must be "Bearer <API key or token>"');
    return { value: match[1]!, apiKeyHeader: false };
  }
  const key = headers['x-api-key'];
  return typeof key === 'string' && key.length > 0 ? { value: key, apiKeyHeader: true } : null;
}

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing') {
    return 'the token has no "exp" (expiry) claim: tokens must expire';
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm not accepted here';
  return 'the token is not a valid JWT';
}

/**
 * Turns a request's headers into who is calling. No credential: anonymous, with the role
 * AUTH_ANONYMOUS_ROLE grants. An API key (kg_...) is looked up by its hash; a JWT is verified
 * with JWT_SECRET (HS256) or JWT_PUBLIC_KEY (RS256), must carry an expiry (`exp`), and its role claim gives the role. A
 * credential that does not check out is refused outright (UNAUTHENTICATED), never downgraded.
 */
export function createAuthenticator(settings: AuthSettings): Authenticate {
  const anonymousRole: Role | null = settings.AUTH_ANONYMOUS_ROLE === 'none' ? null : settings.AUTH_ANONYMOUS_ROLE;
  const publicKey = settings.JWT_PUBLIC_KEY ? importSPKI(settings.JWT_PUBLIC_KEY, 'RS256') : null;
  const secret = settings.JWT_SECRET ? new TextEncoder().encode(settings.JWT_SECRET) : null;

  async function verify(token: string): Promise<JWTPayload> {
    const options = {
      // A token without an expiry would be good forever: one leaked token, no way to end it but a new key.
      requiredClaims: ['exp'],
      ...(settings.JWT_ISSUER ? { issuer: settings.JWT_ISSUER } : {}),
      ...(settings.JWT_AUDIENCE ? { audience: settings.JWT_AUDIENCE } : {}),
    };
    if (publicKey) return (await jwtVerify(token, await publicKey, { ...options, algorithms: ['RS256'] })).payload;
    if (secret) return (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
    throw new UnauthenticatedError('tokens are not accepted here: the server has no JWT_SECRET or JWT_PUBLIC_KEY');
  }

  return async (headers) => {
    const credential = credentialOf(headers);
    if (credential === null) return { kind: 'anonymous', subject: 'anonymous', role: anonymousRole };
    // X-API-Key holds only keys; a Bearer credential is a key when it has the key prefix, else a JWT.
    if (credential.apiKeyHeader || credential.value.startsWith(API_KEY_PREFIX)) {
      const entry = findApiKey(settings.API_KEYS, credential.value);
      if (!entry) throw new UnauthenticatedError('unknown API key');
      return { kind: 'apiKey', subject: entry.name, role: entry.role };
    }
    let payload: JWTPayload;
    try {
      payload = await verify(credential.value);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError(reasonOf(error));
    }
    const role = payload[settings.JWT_ROLE_CLAIM];
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      throw new UnauthenticatedError(`the token's "${settings.JWT_ROLE_CLAIM}" claim must be one of ${ROLES.join(', ')}`);
    }
    return { kind: 'jwt', subject: typeof payload.sub === 'string' ? payload.sub : 'token', role: role as Role };
  };
}
