import { AuditTrailDocument, CreateFocalGroupDocument, CreatePartnerDocument, UpdateFocalGroupDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

describe('audit trail', () => {
  let hub: TestHub;
  let liaison: string;
  let groupId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    liaison = await hub.token(Role.LIAISON);
    const admin = await hub.token(Role.ADMIN);
    groupId = dataOf(await hub.graphql(CreateFocalGroupDocument, { input: { name: 'Shift workers', category: 'WORK', populationShare: 0.1 } }, liaison)).createFocalGroup.id;
    dataOf(await hub.graphql(UpdateFocalGroupDocument, { input: { id: groupId, version: 1, populationShare: 0.15 } }, liaison));
    dataOf(await hub.graphql(UpdateFocalGroupDocument, { input: { id: groupId, version: 2, name: 'Night-shift workers' } }, admin));
  });
  afterAll(() => hub.stop());

  it('lists who changed a record, newest first, with the state before and after', async () => {
    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'FocalGroup', id: groupId }, await hub.token(Role.BUDGET_STAFF))).auditTrail;
    expect(trail.map((event) => [event.action, event.actor, event.actorRole, event.entityType, event.entityId])).toEqual([
      ['updateFocalGroup', 'test admin', 'ADMIN', 'FocalGroup', groupId],
      ['updateFocalGroup', 'test liaison', 'LIAISON', 'FocalGroup', groupId],
      ['createFocalGroup', 'test liaison', 'LIAISON', 'FocalGroup', groupId],
    ]);
    expect([trail[0].before?.name, trail[0].after?.name, trail[0].after?.version]).toEqual(['Shift workers', 'Night-shift workers', 3]);
    expect([trail[1].before?.populationShare, trail[1].after?.populationShare]).toEqual([0.1, 0.15]);
    expect([trail[2].before, trail[2].after?.populationShare]).toEqual([null, 0.1]);
    expect(new Date(trail[0].createdAt) >= new Date(trail[2].createdAt)).toBe(true);
  });

  it('records nothing for a refused or failed write', async () => {
    expect(errorCodeOf(await hub.graphql(UpdateFocalGroupDocument, { input: { id: groupId, version: 1, name: 'Stale' } }, liaison))).toBe('CONFLICT');
    expect(errorCodeOf(await hub.graphql(UpdateFocalGroupDocument, { input: { id: groupId, version: 3, name: 'Viewer' } }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'FocalGroup', id: groupId }, liaison)).auditTrail;
    expect(trail).toHaveLength(3);
  });

  it('is for district staff only, and refuses unknown entity types', async () => {
    const partner = dataOf(await hub.graphql(CreatePartnerDocument, { input: { name: 'Audit partner', kind: 'FAITH' } }, liaison)).createPartner;
    const partnerTrail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'Partner', id: partner.id }, await hub.token(Role.ADMIN))).auditTrail;
    expect(partnerTrail.map((event) => event.action)).toEqual(['createPartner']);
    for (const token of [await hub.token(Role.VIEWER), await hub.token(Role.PARTNER, partner.id)]) {
      expect(errorCodeOf(await hub.graphql(AuditTrailDocument, { entity: 'Partner', id: partner.id }, token))).toBe('FORBIDDEN');
    }
    expect(errorCodeOf(await hub.graphql(AuditTrailDocument, { entity: 'Nonsense', id: partner.id }, liaison))).toBe('BAD_USER_INPUT');
    expect(dataOf(await hub.graphql(AuditTrailDocument, { entity: 'Partner', id: '00000000-0000-0000-0000-000000000000' }, liaison)).auditTrail).toEqual([]);
    expect(errorCodeOf(await hub.graphql(AuditTrailDocument, { entity: 'Partner', id: partner.id }, null))).toBe('UNAUTHENTICATED');
  });
});
