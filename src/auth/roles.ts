/**
 * Who may do what. Each role may do everything the roles before it may:
 * viewer reads, analyst also exports, editor also writes and imports, admin is all of them
 * (and the role for administrative operations to come).
 */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function hasRole(role: Role | null, needed: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Who is calling: an API key's name, a JWT's subject, or nobody (anonymous), with the role it grants. */
export interface Principal {
  readonly kind: 'anonymous' | 'apiKey' | 'jwt';
  readonly subject: string;
  /** Null: no access at all (anonymous when anonymous access is off). */
  readonly role: Role | null;
}

export const ADMIN: Principal = { kind: 'apiKey', subject: 'local', role: 'admin' };
