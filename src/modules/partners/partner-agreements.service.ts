import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../core/authorization';
import type { HubContext } from '../../core/context';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import { mayReadPartnerAgreements } from '../../core/redaction-policy';
import { runWrite } from '../../core/unit-of-work';
import { assertVersion, snapshot } from '../shared/snapshot';
import { AgreementStatus, Partner } from './partner.entity';
import { PartnerAgreement } from './partner-agreement.entity';
import { PartnerTraining } from './partner-training.entity';
import type { CreatePartnerAgreementInput, RecordPartnerTrainingInput, UpdatePartnerAgreementInput } from './partners.inputs';
import { partnerLoaders } from './partners.loaders';

function assertTerm(status: AgreementStatus, startsAt: Date, endsAt: Date | null | undefined): void {
  if (status === AgreementStatus.NONE) throw new BadUserInputError('An agreement is DRAFT, SIGNED or EXPIRED; NONE means there is no agreement');
  if (endsAt && endsAt.getTime() < startsAt.getTime()) throw new BadUserInputError('endsAt must not be before startsAt');
}

async function partnerOrFail(em: EntityManager, id: string): Promise<Partner> {
  const partner = await em.findOne(Partner, id);
  if (!partner) throw new NotFoundError('Partner', id);
  return partner;
}

/** Agreements (MOU, data sharing, declaration of cooperation) and protocol trainings of partners. */
export class PartnerAgreementsService {
  constructor(private readonly context: HubContext) {}

  /** Null for anyone but district staff and the partner itself. */
  async agreements(partnerId: string): Promise<PartnerAgreement[] | null> {
    if (!mayReadPartnerAgreements(requireViewer(this.context), partnerId)) return null;
    return partnerLoaders(this.context).agreementsByPartner.load(partnerId);
  }

  async trainings(partnerId: string): Promise<PartnerTraining[] | null> {
    if (!mayReadPartnerAgreements(requireViewer(this.context), partnerId)) return null;
    return partnerLoaders(this.context).trainingsByPartner.load(partnerId);
  }

  createPartnerAgreement(input: CreatePartnerAgreementInput): Promise<PartnerAgreement> {
    return runWrite(this.context, async ({ em, audit }) => {
      const partner = await partnerOrFail(em, input.partnerId);
      assertTerm(input.status, input.startsAt, input.endsAt);
      const agreement = em.create(PartnerAgreement, {
        partner,
        type: input.type,
        status: input.status,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
        notes: input.notes ?? null,
      });
      await em.flush();
      audit({ action: 'createPartnerAgreement', entityType: 'PartnerAgreement', entityId: agreement.id, after: snapshot(agreement) });
      return agreement;
    });
  }

  updatePartnerAgreement(input: UpdatePartnerAgreementInput): Promise<PartnerAgreement> {
    return runWrite(this.context, async ({ em, audit }) => {
      const agreement = await em.findOne(PartnerAgreement, input.id);
      if (!agreement) throw new NotFoundError('PartnerAgreement', input.id);
      assertVersion(agreement, input.version, 'PartnerAgreement');
      const before = snapshot(agreement);
      if (input.status != null) agreement.status = input.status;
      if (input.startsAt != null) agreement.startsAt = input.startsAt;
      if (input.endsAt !== undefined) agreement.endsAt = input.endsAt;
      if (input.notes !== undefined) agreement.notes = input.notes;
      assertTerm(agreement.status, agreement.startsAt, agreement.endsAt);
      await em.flush();
      audit({ action: 'updatePartnerAgreement', entityType: 'PartnerAgreement', entityId: agreement.id, before, after: snapshot(agreement) });
      return agreement;
    });
  }

  /** Records a training; the partner's trainedOnProtocolsAt follows its latest training. */
  recordPartnerTraining(input: RecordPartnerTrainingInput): Promise<PartnerTraining> {
    return runWrite(this.context, async ({ em, audit }) => {
      const partner = await partnerOrFail(em, input.partnerId);
      const training = em.create(PartnerTraining, { partner, protocol: input.protocol, trainedAt: input.trainedAt, participants: input.participants ?? null });
      if (!partner.trainedOnProtocolsAt || partner.trainedOnProtocolsAt.getTime() < input.trainedAt.getTime()) {
        const before = { trainedOnProtocolsAt: partner.trainedOnProtocolsAt?.toISOString() ?? null };
        partner.trainedOnProtocolsAt = input.trainedAt;
        audit({ action: 'updatePartner', entityType: 'Partner', entityId: partner.id, before, after: { trainedOnProtocolsAt: input.trainedAt.toISOString() } });
      }
      await em.flush();
      audit({ action: 'recordPartnerTraining', entityType: 'PartnerTraining', entityId: training.id, after: snapshot(training) });
      return training;
    });
  }
}
