import type { HubContext } from '../../core/context';
import { requireViewer } from '../../core/authorization';
import { CredentialKind } from '../../core/viewer';
import { partnerLoaders } from '../partners/partners.loaders';
import { ApiToken } from './api-token.entity';
import type { Me } from './auth.types';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

export class MeService {
  constructor(private readonly context: HubContext) {}

  async me(): Promise<Me> {
    const viewer = requireViewer(this.context);
    const { em } = this.context;
    const { kind, id } = viewer.credential;
    const [user, partner, apiToken, session] = await Promise.all([
      viewer.userId ? em.findOne(User, viewer.userId) : null,
      viewer.partnerId ? partnerLoaders(this.context).partnerById.load(viewer.partnerId) : null,
      kind === CredentialKind.API_TOKEN && id ? em.findOne(ApiToken, id) : null,
      kind === CredentialKind.SESSION && id ? em.findOne(UserSession, id) : null,
    ]);
    return { role: viewer.role, credential: kind, user, partner, apiToken, session };
  }
}
