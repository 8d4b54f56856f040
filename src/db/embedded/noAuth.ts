import neo4j from 'neo4j-driver';

/**
 * The embedded Neo4j runs with auth off (Bolt on 127.0.0.1 only); the 5.x driver has no "none"
 * token, and a server with auth off accepts any basic token.
 */
export const NO_AUTH = neo4j.auth.basic('neo4j', '');
