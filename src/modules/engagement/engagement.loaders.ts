import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, perRequest } from '../../core/loaders';
import { SessionAttendance } from './session-attendance.entity';

function createEngagementLoaders(em: EntityManager) {
  return {
    attendanceBySession: new DataLoader<string, SessionAttendance[]>(async (sessionIds) => {
      const rows = await em.find(SessionAttendance, { session: { $in: [...sessionIds] } });
      return groupBy(sessionIds, rows, (row) => row.session.id);
    }),
  };
}

/** This request's engagement loaders, created on first use. */
export const engagementLoaders = perRequest(createEngagementLoaders);
