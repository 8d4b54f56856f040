import { Neo4jError } from 'neo4j-driver';
import { ConflictError, DomainError } from '../errors.js';

const UNIQUE_VIOLATION = /already exists with label `(\w+)` and property `(\w+)` = (.+)$/m;

/** Turns a Neo4j error into the domain error it stands for; anything else passes through. */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const match = UNIQUE_VIOLATION.exec(error.message);
    if (match) {
      const [, label, property, value] = match;
      return new ConflictError(`${label} with ${property} ${value} already exists`, property);
    }
    return new ConflictError(error.message);
  }
  return error;
}
