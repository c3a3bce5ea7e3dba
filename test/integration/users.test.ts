import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { ApiToken } from '../../src/modules/auth/api-token.entity';
import {
  CreatePartnerDocument,
  CreateUserDocument,
  IssueApiTokenDocument,
  MeDocument,
  RequestUpdatedDocument,
  UpdateUserDocument,
  UsersDocument,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_ID, waitUntil } from '../support/ws-client';
import { Topic } from '../../src/core/pubsub';

describe('users', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let partnerId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    partnerId = dataOf(await hub.graphql(CreatePartnerDocument, { input: { name: 'Eastside Youth League', kind: 'NON_PROFIT' } }, liaison)).createPartner.id;
  });
  afterAll(() => hub.stop());

  const createUser = (input: { email: string; displayName: string; role: Role; partnerId?: string | null }, token = admin) => hub.graphql(CreateUserDocument, { input }, token);

  it('lets ADMIN create, list and update users, with version checks and an audit trail', async () => {
    const created = dataOf(await createUser({ email: 'Rosa.Lind@District.example.org', displayName: 'Rosa Lind', role: Role.LIAISON })).createUser;
    expect(created).toMatchObject({ email: 'rosa.lind@district.example.org', role: 'LIAISON', active: true, version: 1, partner: null });
    expect(dataOf(await hub.graphql(UsersDocument, {}, admin)).users.map((user) => user.email)).toContain('rosa.lind@district.example.org');

    const updated = dataOf(await hub.graphql(UpdateUserDocument, { input: { id: created.id, version: 1, role: 'BUDGET_STAFF', displayName: 'Rosa M. Lind' } }, admin)).updateUser;
    expect(updated).toMatchObject({ role: 'BUDGET_STAFF', displayName: 'Rosa M. Lind', version: 2 });
    expect(errorCodeOf(await hub.graphql(UpdateUserDocument, { input: { id: created.id, version: 1, role: 'VIEWER' } }, admin))).toBe('CONFLICT');

    const audit = await hub.em().find(AuditEvent, { entityType: 'User', entityId: created.id }, { orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => [event.action, event.actorRole])).toEqual([
      ['createUser', 'ADMIN'],
      ['updateUser', 'ADMIN'],
    ]);
    expect(audit[1].before).toMatchObject({ role: 'LIAISON' });
    expect(audit[1].after).toMatchObject({ role: 'BUDGET_STAFF' });
  });

  it('refuses duplicate emails, partner rules broken, non-admins and the public', async () => {
    dataOf(await createUser({ email: 'twice@district.example.org', displayName: 'Once', role: Role.VIEWER }));
    expect(errorCodeOf(await createUser({ email: 'TWICE@district.example.org', displayName: 'Twice', role: Role.VIEWER }))).toBe('CONFLICT');
    expect(errorCodeOf(await createUser({ email: 'app@eastside.example.org', displayName: 'App', role: Role.PARTNER }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await createUser({ email: 'staff@district.example.org', displayName: 'Staff', role: Role.LIAISON, partnerId }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await createUser({ email: 'bad-address', displayName: 'Bad', role: Role.VIEWER }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await createUser({ email: 'x@district.example.org', displayName: 'X', role: Role.VIEWER }, liaison))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(UsersDocument, {}, liaison))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(UsersDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await hub.graphql(CreateUserDocument, { input: { email: 'y@district.example.org', displayName: 'Y', role: 'VIEWER' } }, null))).toBe('UNAUTHENTICATED');
    const partnerUser = dataOf(await createUser({ email: 'app@eastside.example.org', displayName: 'Eastside app', role: Role.PARTNER, partnerId })).createUser;
    expect(partnerUser.partner).toEqual({ id: partnerId });
  });

  it('answers me for a token holder, a partner and the public', async () => {
    const asAdmin = dataOf(await hub.graphql(MeDocument, {}, admin)).me;
    expect(asAdmin).toMatchObject({ role: 'ADMIN', credential: 'API_TOKEN', partner: null, session: null, user: { role: 'ADMIN', active: true } });
    expect(asAdmin.apiToken?.id).toBeDefined();
    const asPartner = dataOf(await hub.graphql(MeDocument, {}, await hub.token(Role.PARTNER, partnerId))).me;
    expect(asPartner).toMatchObject({ role: 'PARTNER', credential: 'API_TOKEN', partner: { id: partnerId, name: 'Eastside Youth League' } });
    expect(dataOf(await hub.graphql(MeDocument, {}, null)).me).toEqual({ role: 'VIEWER', credential: 'PUBLIC', user: null, partner: null, apiToken: null, session: null });
  });

  it('never lets the last active administrator be demoted or deactivated', async () => {
    const adminUser = dataOf(await hub.graphql(MeDocument, {}, admin)).me.user!;
    const others = dataOf(await hub.graphql(UsersDocument, {}, admin)).users.filter((user) => user.role === 'ADMIN' && user.active && user.id !== adminUser.id);
    expect(others).toEqual([]);
    expect(errorCodeOf(await hub.graphql(UpdateUserDocument, { input: { id: adminUser.id, version: adminUser.version, active: false } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(UpdateUserDocument, { input: { id: adminUser.id, version: adminUser.version, role: 'VIEWER' } }, admin))).toBe('BAD_USER_INPUT');
    expect(dataOf(await hub.graphql(MeDocument, {}, admin)).me.role).toBe('ADMIN');
  });

  it('ends a deactivated user\'s tokens and live connections at once', async () => {
    const user = dataOf(await createUser({ email: 'leaving@district.example.org', displayName: 'Leaving', role: Role.LIAISON })).createUser;
    const first = dataOf(await hub.graphql(IssueApiTokenDocument, { input: { userId: user.id, name: 'laptop' } }, admin)).issueApiToken.token;
    const second = dataOf(await hub.graphql(IssueApiTokenDocument, { input: { userId: user.id, name: 'script' } }, admin)).issueApiToken.token;
    expect(dataOf(await hub.graphql(MeDocument, {}, first)).me.user?.id).toBe(user.id);
    const live = connectLive(hub.wsUrl, bearer(second));
    const probe = () =>
      hub.pubSub.pubSub.publish(Topic.REQUEST_UPDATED, {
        requestId: PROBE_ID, partnerId: null, focalGroupIds: [], changedFields: [], status: 'SUBMITTED', version: 1, occurredAt: new Date().toISOString(),
      });
    await live.subscribe(RequestUpdatedDocument, { partnerId: null, focalGroupId: null }).ready(probe);

    const started = Date.now();
    dataOf(await hub.graphql(UpdateUserDocument, { input: { id: user.id, version: user.version, active: false } }, admin));
    // The default re-check interval is 12 s: closing within 3 s means the deactivation itself closed it.
    await waitUntil(() => live.closes.length > 0, 'the deactivated user\'s connection to close', 3_000);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(live.closes[0].code).toBe(4401);
    for (const token of [first, second]) expect(errorCodeOf(await hub.graphql(MeDocument, {}, token))).toBe('UNAUTHENTICATED');
    const tokens = await hub.em().find(ApiToken, { user: user.id });
    expect(tokens).toHaveLength(2);
    expect(tokens.every((token) => token.revokedAt !== null)).toBe(true);
    // Reactivating does not bring old tokens back.
    dataOf(await hub.graphql(UpdateUserDocument, { input: { id: user.id, version: user.version + 1, active: true } }, admin));
    expect(errorCodeOf(await hub.graphql(MeDocument, {}, first))).toBe('UNAUTHENTICATED');
    await live.dispose();
  });
});
