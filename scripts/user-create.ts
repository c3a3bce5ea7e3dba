import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import { parseConfig } from '../src/config';
import { cliErrorMessage, openCliDatabase } from '../src/db/cli-database';
import { createSystemContext } from '../src/core/context';
import { Role } from '../src/core/viewer';
import { CreateUserInput } from '../src/modules/auth/auth.inputs';
import { UsersService } from '../src/modules/auth/users.service';
import { createHubPubSub } from '../src/server/pubsub';

const USAGE = `usage: npm run user:create -- --email someone@district.org --role ADMIN [--name "Display name"] [--partner <partner id>] [--token-name "..."] [--expires-in-days N]
  roles: ${Object.values(Role).join(', ')}`;

class UsageError extends Error {}

function parse(argv: string[]): { input: CreateUserInput; tokenName: string; expiresAt: Date | null } {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      partner: { type: 'string' },
      'token-name': { type: 'string', default: 'Created with user:create' },
      'expires-in-days': { type: 'string' },
    },
    strict: true,
  });
  if (!values.email || !values.role) throw new UsageError('--email and --role are required');
  if (!(Object.values(Role) as string[]).includes(values.role)) throw new UsageError(`Unknown role ${values.role}`);
  const days = values['expires-in-days'] === undefined ? null : Number(values['expires-in-days']);
  if (days !== null && !(Number.isInteger(days) && days > 0)) throw new UsageError('--expires-in-days must be a whole number of days');
  const input = Object.assign(new CreateUserInput(), {
    email: values.email,
    role: values.role as Role,
    displayName: values.name ?? values.email,
    partnerId: values.partner ?? null,
  });
  return { input, tokenName: values['token-name'], expiresAt: days === null ? null : new Date(Date.now() + days * 86_400_000) };
}

/**
 * Creates a user with a first API token and prints the token once: how a fresh deployment gets
 * its first administrator. Works on the database the hub itself uses (DATABASE_URL or the
 * embedded one), migrating it first if it is new.
 */
async function main(argv: string[]): Promise<number> {
  let request: ReturnType<typeof parse>;
  try {
    request = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const problems = await validate(request.input);
  if (problems.length > 0) {
    console.error(`BAD_USER_INPUT: ${problems.flatMap((problem) => Object.values(problem.constraints ?? {})).join('; ')}`);
    return 1;
  }
  const config = parseConfig();
  const database = await openCliDatabase(config, { migrate: true });
  const pubSub = createHubPubSub(config);
  try {
    const context = createSystemContext({ rootEm: database.orm.em, pubSub: pubSub.pubSub, config }, 'user:create CLI');
    const created = await new UsersService(context).createUserWithToken(request.input, { name: request.tokenName, expiresAt: request.expiresAt });
    console.log(`Created ${created.user.role} user ${created.user.email} (id ${created.user.id}) in ${database.description}.`);
    console.log('API token (shown once; only its hash is stored), send as "Authorization: Bearer <token>":');
    console.log(created.token);
    return 0;
  } finally {
    await pubSub.close();
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(cliErrorMessage(error));
    process.exit(1);
  },
);
