import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { isStaff } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { assertVersion, snapshot } from '../shared/snapshot';
import { EngagementSession } from './engagement-session.entity';
import type { AttendanceInput, CreateEngagementSessionInput, UpdateEngagementSessionInput } from './engagement.inputs';
import { computeRepresentation, type RepresentationReport } from './representation.service';
import { SessionAttendance } from './session-attendance.entity';
import { geographyLoaders } from '../geography/geography.loaders';

export interface SessionListFilter {
  regionId?: string | null;
  schoolId?: string | null;
  /** Inclusive bounds on `heldAt`. */
  from?: Date | null;
  to?: Date | null;
}

interface AttendanceRow {
  focalGroupId: string;
  count: number;
}

/** Counts per group are subsets of the headcount; a group counted twice would be double-weighted in representation. */
function assertAttendanceFits(attendance: AttendanceRow[], totalAttendees: number): void {
  const seen = new Set<string>();
  for (const row of attendance) {
    if (seen.has(row.focalGroupId)) throw new BadUserInputError(`Focal group ${row.focalGroupId} is listed more than once in the attendance`, { focalGroupId: row.focalGroupId });
    seen.add(row.focalGroupId);
    if (row.count < 0) throw new BadUserInputError(`Attendance count of focal group ${row.focalGroupId} must not be negative`, { focalGroupId: row.focalGroupId });
    if (row.count > totalAttendees) {
      throw new BadUserInputError(`Attendance count ${row.count} of focal group ${row.focalGroupId} exceeds the session's ${totalAttendees} attendees`, {
        focalGroupId: row.focalGroupId,
      });
    }
  }
}

async function findFocalGroupsOrFail(em: EntityManager, attendance: AttendanceInput[]): Promise<Map<string, FocalGroup>> {
  const ids = attendance.map((row) => row.focalGroupId);
  const groups = ids.length === 0 ? [] : await em.find(FocalGroup, { id: { $in: ids } });
  const byId = new Map(groups.map((group) => [group.id, group]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing) throw new NotFoundError('FocalGroup', missing);
  return byId;
}

async function resolvePlace(em: EntityManager, regionId: string, schoolId: string | null | undefined): Promise<{ region: Region; school: School | null }> {
  const region = await em.findOne(Region, regionId);
  if (!region) throw new NotFoundError('Region', regionId);
  if (!schoolId) return { region, school: null };
  const school = await em.findOne(School, schoolId);
  if (!school) throw new NotFoundError('School', schoolId);
  if (school.region.id !== region.id) throw new BadUserInputError(`School ${school.name} is not in region ${region.name}`, { schoolId, regionId });
  return { region, school };
}

function sessionSnapshot(session: EngagementSession, attendance: AttendanceRow[]): Record<string, unknown> {
  const { attendance: _collection, ...columns } = snapshot(session);
  return { ...columns, attendance: [...attendance].sort((a, b) => a.focalGroupId.localeCompare(b.focalGroupId)) };
}

function attendanceRows(rows: SessionAttendance[]): AttendanceRow[] {
  return rows.map((row) => ({ focalGroupId: row.focalGroup.id, count: row.count }));
}

export class EngagementService {
  constructor(private readonly context: HubContext) {}

  engagementSessions(filter: SessionListFilter): Promise<EngagementSession[]> {
    if (filter.from && filter.to && filter.from > filter.to) throw new BadUserInputError('from must not be after to');
    const where: FilterQuery<EngagementSession> = {};
    if (filter.regionId) where.region = filter.regionId;
    if (filter.schoolId) where.school = filter.schoolId;
    if (filter.from || filter.to) where.heldAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    return this.context.em.find(EngagementSession, where, { orderBy: { heldAt: 'asc', id: 'asc' } });
  }

  async engagementSession(id: string): Promise<EngagementSession> {
    const session = await this.context.em.findOne(EngagementSession, id);
    if (!session) throw new NotFoundError('EngagementSession', id);
    return session;
  }

  /** Notes may name families or staff: district staff only. */
  notes(session: EngagementSession): string | null {
    return isStaff(this.context.viewer) ? (session.notes ?? null) : null;
  }

  async representation(regionId: string | null): Promise<RepresentationReport> {
    if (regionId !== null && !(await geographyLoaders(this.context).regionById.load(regionId))) throw new NotFoundError('Region', regionId);
    return computeRepresentation(this.context.em, regionId);
  }

  createEngagementSession(input: CreateEngagementSessionInput): Promise<EngagementSession> {
    return runWrite(this.context, async ({ em, audit }) => {
      assertAttendanceFits(input.attendance, input.totalAttendees);
      const { region, school } = await resolvePlace(em, input.regionId, input.schoolId);
      const groups = await findFocalGroupsOrFail(em, input.attendance);
      const session = em.create(EngagementSession, {
        title: input.title,
        kind: input.kind,
        region,
        school,
        heldAt: input.heldAt,
        processStep: input.processStep,
        notes: input.notes ?? null,
        totalAttendees: input.totalAttendees,
      });
      for (const row of input.attendance) em.create(SessionAttendance, { session, focalGroup: groups.get(row.focalGroupId)!, count: row.count });
      await em.flush();
      audit({
        action: 'createEngagementSession',
        entityType: 'EngagementSession',
        entityId: session.id,
        after: sessionSnapshot(session, input.attendance),
      });
      return session;
    });
  }

  updateEngagementSession(input: UpdateEngagementSessionInput): Promise<EngagementSession> {
    return runWrite(this.context, async ({ em, audit }) => {
      const session = await em.findOne(EngagementSession, input.id);
      if (!session) throw new NotFoundError('EngagementSession', input.id);
      assertVersion(session, input.version, 'EngagementSession');
      const existing = await em.find(SessionAttendance, { session });
      const before = sessionSnapshot(session, attendanceRows(existing));

      const totalAttendees = input.totalAttendees ?? session.totalAttendees;
      const attendance = input.attendance ?? attendanceRows(existing);
      assertAttendanceFits(attendance, totalAttendees);
      if (input.regionId != null || input.schoolId !== undefined) {
        const schoolId = input.schoolId === undefined ? session.school?.id : input.schoolId;
        const place = await resolvePlace(em, input.regionId ?? session.region.id, schoolId);
        session.region = place.region;
        session.school = place.school;
      }
      if (input.title != null) session.title = input.title;
      if (input.kind != null) session.kind = input.kind;
      if (input.heldAt != null) session.heldAt = input.heldAt;
      if (input.processStep != null) session.processStep = input.processStep;
      if (input.notes !== undefined) session.notes = input.notes;
      session.totalAttendees = totalAttendees;

      if (input.attendance) {
        const groups = await findFocalGroupsOrFail(em, input.attendance);
        const existingByGroup = new Map(existing.map((row) => [row.focalGroup.id, row]));
        for (const row of input.attendance) {
          const current = existingByGroup.get(row.focalGroupId);
          if (current) current.count = row.count;
          else em.create(SessionAttendance, { session, focalGroup: groups.get(row.focalGroupId)!, count: row.count });
          existingByGroup.delete(row.focalGroupId);
        }
        for (const removed of existingByGroup.values()) em.remove(removed);
        // Attendance lives in its own rows; touching the session bumps its version so concurrent editors see the change.
        session.updatedAt = new Date();
      }
      await em.flush();
      audit({ action: 'updateEngagementSession', entityType: 'EngagementSession', entityId: session.id, before, after: sessionSnapshot(session, attendance) });
      return session;
    });
  }
}
