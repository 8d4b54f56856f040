import { DomainError } from '../errors.js';
import type { Principal, Role } from './roles.js';

/** Credentials that are missing where they are needed, unknown, expired or malformed: HTTP 401. */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', { http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } });
  }
}

/** Known credentials whose role is below the one the operation needs: HTTP 403. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message, 'FORBIDDEN', { http: { status: 403 } });
  }
}

/** Refuses `principal` unless its role is at least `needed`, saying which of the two errors applies. */
export function accessError(principal: Principal, needed: Role, what: string): DomainError {
  if (principal.kind === 'anonymous') {
    return new UnauthenticatedError(`${what} needs the ${needed} role: send an API key or a token (Authorization: Bearer ...)`);
  }
  return new ForbiddenError(`${what} needs the ${needed} role; ${principal.subject} has ${principal.role ?? 'none'}`);
}
