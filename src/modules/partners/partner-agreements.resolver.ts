import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { Partner } from './partner.entity';
import { PartnerAgreement } from './partner-agreement.entity';
import { PartnerTraining } from './partner-training.entity';
import { PartnerAgreementsService } from './partner-agreements.service';
import { CreatePartnerAgreementInput, RecordPartnerTrainingInput, UpdatePartnerAgreementInput } from './partners.inputs';
import { Parent } from '../shared/parent';

@Resolver()
export class PartnerAgreementsResolver {
  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => PartnerAgreement)
  createPartnerAgreement(@Arg('input') input: CreatePartnerAgreementInput, @Ctx() context: HubContext): Promise<PartnerAgreement> {
    return new PartnerAgreementsService(context).createPartnerAgreement(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => PartnerAgreement)
  updatePartnerAgreement(@Arg('input') input: UpdatePartnerAgreementInput, @Ctx() context: HubContext): Promise<PartnerAgreement> {
    return new PartnerAgreementsService(context).updatePartnerAgreement(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => PartnerTraining, { description: 'Records a protocol training; the partner\'s trainedOnProtocolsAt follows its latest training.' })
  recordPartnerTraining(@Arg('input') input: RecordPartnerTrainingInput, @Ctx() context: HubContext): Promise<PartnerTraining> {
    return new PartnerAgreementsService(context).recordPartnerTraining(input);
  }
}

@Resolver(() => Partner)
export class PartnerAgreementsFieldResolver {
  @FieldResolver(() => [PartnerAgreement], { nullable: true, description: 'Private: district staff and the partner itself; null for everyone else. Newest term first.' })
  agreements(@Parent() partner: Partner, @Ctx() context: HubContext): Promise<PartnerAgreement[] | null> {
    return new PartnerAgreementsService(context).agreements(partner.id);
  }

  @FieldResolver(() => [PartnerTraining], { nullable: true, description: 'Private: district staff and the partner itself; null for everyone else. Newest first.' })
  trainings(@Parent() partner: Partner, @Ctx() context: HubContext): Promise<PartnerTraining[] | null> {
    return new PartnerAgreementsService(context).trainings(partner.id);
  }
}
