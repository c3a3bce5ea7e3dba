import type { EntityManager } from '@mikro-orm/postgresql';
import { perRequest } from '../../core/loaders';
import { plainByIdLoader } from '../shared/plain-rows';
import { CommunicationDraft } from './communication-draft.entity';

function createCommunicationLoaders(em: EntityManager) {
  return { communicationDraftById: plainByIdLoader(em, CommunicationDraft) };
}

/** This request's communication loaders, created on first use. */
export const communicationLoaders = perRequest(createCommunicationLoaders);
