import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { AuditTrailDocument, CreatePartnerAgreementDocument, PartnerAgreementsDocument, RecordPartnerTrainingDocument, UpdatePartnerAgreementDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

describe('partner agreements and protocol trainings', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let partnerA: Partner;
  let partnerB: Partner;

  beforeAll(async () => {
    hub = await startTestHub();
    const em = hub.em();
    partnerA = em.create(Partner, { name: 'Alpha Family Center', kind: PartnerKind.NON_PROFIT });
    partnerB = em.create(Partner, { name: 'Beta Health', kind: PartnerKind.HEALTH, trainedOnProtocolsAt: new Date('2026-09-01T00:00:00Z') });
    await em.flush();
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
  });
  afterAll(() => hub.stop());

  it('records agreements with their term and status, audited, and keeps them private to staff and the partner itself', async () => {
    const mou = dataOf(
      await hub.graphql(CreatePartnerAgreementDocument, { input: { partnerId: partnerA.id, type: 'MOU', status: 'DRAFT', startsAt: '2026-08-01T00:00:00Z', endsAt: '2027-07-31T00:00:00Z', notes: 'Counselors on campus' } }, liaison),
    ).createPartnerAgreement;
    expect(mou).toMatchObject({ type: 'MOU', status: 'DRAFT', startsAt: '2026-08-01T00:00:00.000Z', endsAt: '2027-07-31T00:00:00.000Z', version: 1 });
    dataOf(await hub.graphql(CreatePartnerAgreementDocument, { input: { partnerId: partnerA.id, type: 'DATA_SHARING', status: 'SIGNED', startsAt: '2026-09-01T00:00:00Z', endsAt: null } }, admin));
    dataOf(await hub.graphql(CreatePartnerAgreementDocument, { input: { partnerId: partnerB.id, type: 'DECLARATION_OF_COOPERATION', status: 'SIGNED', startsAt: '2026-01-01T00:00:00Z' } }, admin));

    const signed = dataOf(await hub.graphql(UpdatePartnerAgreementDocument, { input: { id: mou.id, version: 1, status: 'SIGNED' } }, liaison)).updatePartnerAgreement;
    expect(signed).toMatchObject({ status: 'SIGNED', version: 2, notes: 'Counselors on campus' });
    expect(errorCodeOf(await hub.graphql(UpdatePartnerAgreementDocument, { input: { id: mou.id, version: 1, status: 'EXPIRED' } }, liaison))).toBe('CONFLICT');
    expect(errorCodeOf(await hub.graphql(UpdatePartnerAgreementDocument, { input: { id: mou.id, version: 2, endsAt: '2026-01-01T00:00:00Z' } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreatePartnerAgreementDocument, { input: { partnerId: partnerA.id, type: 'MOU', status: 'NONE', startsAt: '2026-08-01T00:00:00Z' } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreatePartnerAgreementDocument, { input: { partnerId: '00000000-0000-4000-8000-000000000000', type: 'MOU', startsAt: '2026-08-01T00:00:00Z' } }, admin))).toBe('NOT_FOUND');

    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'PartnerAgreement', id: mou.id }, admin)).auditTrail;
    expect(trail.map((event) => event.action).sort()).toEqual(['createPartnerAgreement', 'updatePartnerAgreement']);
    expect(trail.find((event) => event.action === 'updatePartnerAgreement')).toMatchObject({ actorRole: 'LIAISON', before: { status: 'DRAFT' }, after: { status: 'SIGNED' } });

    const seenBy = async (token: string | null) => dataOf(await hub.graphql(PartnerAgreementsDocument, { id: partnerA.id }, token)).partner.agreements;
    const own = await seenBy(await hub.token(Role.PARTNER, partnerA.id));
    expect(own?.map((agreement) => agreement.type)).toEqual(['DATA_SHARING', 'MOU']);
    expect((await seenBy(admin))?.length).toBe(2);
    expect(await seenBy(await hub.token(Role.PARTNER, partnerB.id))).toBeNull();
    expect(await seenBy(await hub.token(Role.VIEWER))).toBeNull();
    expect(await seenBy(null)).toBeNull();
  });

  it('records protocol trainings; the latest moves the partner\'s trained date; only staff may record them', async () => {
    const partnerToken = await hub.token(Role.PARTNER, partnerB.id);
    const input = { partnerId: partnerB.id, protocol: 'Family engagement protocol', trainedAt: '2026-10-15T00:00:00Z', participants: 4 };
    expect(errorCodeOf(await hub.graphql(RecordPartnerTrainingDocument, { input }, partnerToken))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(RecordPartnerTrainingDocument, { input: { ...input, participants: 0 } }, liaison))).toBe('BAD_USER_INPUT');
    dataOf(await hub.graphql(RecordPartnerTrainingDocument, { input }, liaison));
    dataOf(await hub.graphql(RecordPartnerTrainingDocument, { input: { ...input, protocol: 'Student privacy', trainedAt: '2026-03-01T00:00:00Z', participants: null } }, liaison));

    const partner = dataOf(await hub.graphql(PartnerAgreementsDocument, { id: partnerB.id }, partnerToken)).partner;
    expect(partner.trainedOnProtocolsAt).toBe('2026-10-15T00:00:00.000Z');
    expect(partner.trainings?.map((training) => [training.protocol, training.trainedAt, training.participants])).toEqual([
      ['Family engagement protocol', '2026-10-15T00:00:00.000Z', 4],
      ['Student privacy', '2026-03-01T00:00:00.000Z', null],
    ]);
    expect(dataOf(await hub.graphql(PartnerAgreementsDocument, { id: partnerB.id }, await hub.token(Role.PARTNER, partnerA.id))).partner.trainings).toBeNull();
    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'Partner', id: partnerB.id }, admin)).auditTrail;
    expect(trail.find((event) => event.action === 'updatePartner')).toMatchObject({ before: { trainedOnProtocolsAt: '2026-09-01T00:00:00.000Z' }, after: { trainedOnProtocolsAt: '2026-10-15T00:00:00.000Z' } });
  });
});
