import { Command, InvalidArgumentError } from 'commander';
import { hashApiKey, newApiKey } from '../auth/apiKeys.js';
import { ROLES, type Role } from '../auth/roles.js';

/**
 * `npm run api-key -- --name <who> --role <role>`: makes a new API key. Prints the key once (give
 * it to its holder) and the entry for API_KEYS, which holds only the key's SHA-256.
 */
const program = new Command('npm run api-key --')
  .description('Make an API key: prints the key (shown once) and its API_KEYS entry (name:role:sha256).')
  .requiredOption('--name <name>', 'who holds it (letters, digits, . _ -), shown in logs')
  .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, (value: string) => {
    if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
    return value as Role;
  })
  .showHelpAfterError();

program.parse();
const { name, role } = program.opts<{ name: string; role: Role }>();
if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) program.error('error: --name must be 1 to 64 letters, digits, dots, underscores or hyphens');
const key = newApiKey();
console.log(`key (give it to ${name}; it is not stored anywhere): ${key}`);
console.log(`API_KEYS entry: ${name}:${role}:${hashApiKey(key)}`);
