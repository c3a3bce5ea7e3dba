import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createHubServer, type HubServer } from '../../src/server/app';
import { createHubPubSub, type PubSubHandle } from '../../src/server/pubsub';
import { CreateUserDocument, IssueApiTokenDocument, MeDocument, RevokeApiTokenDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { channelPrefix, describeWithRedis, REDIS_URL } from '../support/redis';

/** Long enough that only an eviction, never the time-to-live, can explain a refusal within a test. */
const FIVE_MINUTES = '300';

const credentialStatements = (statements: string[]) => statements.filter((statement) => /from api_token credential/.test(statement));

async function issueToken(hub: TestHub, admin: string, expiresAt: Date | null = null): Promise<{ id: string; token: string }> {
  const user = dataOf(await hub.graphql(CreateUserDocument, { input: { email: `cached-${randomUUID().slice(0, 8)}@district.example.org`, displayName: 'Cached', role: Role.LIAISON } }, admin)).createUser;
  const { token, apiToken } = dataOf(await hub.graphql(IssueApiTokenDocument, { input: { userId: user.id, name: 'cached', expiresAt: expiresAt?.toISOString() ?? null } }, admin)).issueApiToken;
  return { id: apiToken.id, token };
}

describe('credentials found good are trusted for a while, and revocations evict them at once', () => {
  let hub: TestHub;
  let admin: string;

  beforeAll(async () => {
    hub = await startTestHub({ env: { CREDENTIAL_CACHE_SECONDS: FIVE_MINUTES } });
    admin = await hub.token(Role.ADMIN);
  });
  afterAll(() => hub.stop());

  it('reads a token once, then answers its requests without reading it again', async () => {
    const { token } = await issueToken(hub, admin);
    hub.sql.reset();
    dataOf(await hub.graphql(MeDocument, {}, token));
    expect(credentialStatements(hub.sql.statements)).toHaveLength(1);
    hub.sql.reset();
    dataOf(await hub.graphql(MeDocument, {}, token));
    dataOf(await hub.graphql(MeDocument, {}, token));
    expect(credentialStatements(hub.sql.statements)).toHaveLength(0);
  });

  it('refuses a revoked token on its next request although it was trusted a moment before', async () => {
    const { id, token } = await issueToken(hub, admin);
    expect(dataOf(await hub.graphql(MeDocument, {}, token)).me.apiToken?.id).toBe(id);
    dataOf(await hub.graphql(RevokeApiTokenDocument, { id }, admin));
    expect(errorCodeOf(await hub.graphql(MeDocument, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token once it expires, whatever the time-to-live', async () => {
    const expiresAt = new Date(Date.now() + 1_500);
    const { token } = await issueToken(hub, admin, expiresAt);
    expect(dataOf(await hub.graphql(MeDocument, {}, token)).me.role).toBe(Role.LIAISON);
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 100));
    expect(errorCodeOf(await hub.graphql(MeDocument, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('never keeps an unknown token', async () => {
    const unknown = `cbh_${randomUUID().replace(/-/g, '')}`;
    hub.sql.reset();
    for (let attempt = 0; attempt < 2; attempt += 1) expect(errorCodeOf(await hub.graphql(MeDocument, {}, unknown))).toBe('UNAUTHENTICATED');
    expect(credentialStatements(hub.sql.statements)).toHaveLength(2);
  });
});

describeWithRedis('a revocation on one instance evicts the credential on another through Redis', () => {
  let hub: TestHub;
  let pubSubB: PubSubHandle;
  let instanceB: HubServer;
  let urlB: string;

  beforeAll(async () => {
    hub = await startTestHub({ env: { REDIS_URL: REDIS_URL!, REDIS_CHANNEL_PREFIX: channelPrefix(), CREDENTIAL_CACHE_SECONDS: FIVE_MINUTES } });
    pubSubB = createHubPubSub(hub.config);
    instanceB = await createHubServer({ config: hub.config, orm: hub.orm, pubSub: pubSubB, logError: () => undefined });
    urlB = `http://127.0.0.1:${await instanceB.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await instanceB.stop();
    await pubSubB.close();
    await hub.stop();
  });

  const onB = async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, token: string) => {
    const response = await fetch(urlB, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: print(document) }) });
    return (await response.json()) as { data?: TData; errors?: { extensions?: { code?: string } }[] };
  };

  it('refuses the token on instance B within moments of its revocation on A', async () => {
    const admin = await hub.token(Role.ADMIN);
    const { id, token } = await issueToken(hub, admin);
    expect((await onB(MeDocument, token)).data?.me.role).toBe(Role.LIAISON);
    dataOf(await hub.graphql(RevokeApiTokenDocument, { id }, admin));
    // The event crosses Redis asynchronously: B must refuse within a few seconds, far inside its five-minute time-to-live.
    const deadline = Date.now() + 5_000;
    let code: string | undefined;
    while (Date.now() < deadline && code !== 'UNAUTHENTICATED') {
      code = (await onB(MeDocument, token)).errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(code).toBe('UNAUTHENTICATED');
  });
});
