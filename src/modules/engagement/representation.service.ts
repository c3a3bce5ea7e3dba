import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { findPlain } from '../shared/plain-rows';

/** Below this participation rate a group is "missing from the conversation". */
export const MISSING_GROUP_RATE = 0.5;

@ObjectType({ description: "One focal group's share of the population against its share of engagement participation." })
export class GroupRepresentation {
  @Field(() => FocalGroup)
  focalGroup!: FocalGroup;

  @Field(() => ID)
  focalGroupId!: string;

  @Field(() => Float, { description: 'Estimated share (0..1) of the population.' })
  populationShare!: number;

  @Field(() => Int, { description: "Members of the group counted across the sessions it is measured against." })
  attendance!: number;

  @Field(() => Float, { description: "The group's attendance divided by the headcount of the sessions it is measured against (its region's in the district report); 0 without sessions." })
  participationShare!: number;

  @Field(() => Float, { description: 'populationShare - participationShare; positive means under-represented.' })
  gap!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'participationShare / populationShare: 1 is proportional, below 1 under-represented; null when populationShare is 0.',
  })
  participationRate!: number | null;
}

@ObjectType({ description: 'Who takes part in engagement compared with who lives in the community, and who is missing.' })
export class RepresentationReport {
  @Field(() => ID, { nullable: true, description: 'null for the whole district.' })
  regionId!: string | null;

  @Field(() => Int, { description: "Number of engagement sessions in the report's scope." })
  sessionCount!: number;

  @Field(() => Int, { description: "Total headcount of the report's sessions." })
  totalAttendees!: number;

  @Field(() => [GroupRepresentation], { description: 'Ordered by focal group name.' })
  groups!: GroupRepresentation[];

  @Field(() => Float, {
    description:
      'Lowest participation rate divided by the highest, over groups with a population share: 1 when every group takes part in proportion, 0 when some group is absent.',
  })
  representativeness!: number;

  @Field(() => [FocalGroup], { description: `Groups whose participation rate is below ${MISSING_GROUP_RATE}: who is missing from the conversation.` })
  missingGroups!: FocalGroup[];
}

interface AttendanceAggregate {
  /** Null on the totals rows. */
  focal_group_id: string | null;
  /** Null on rows summed over every region of the scope. */
  region_id: string | null;
  attended: string | number;
  session_count: string | number;
  total_attendees: string | number;
}

interface Tally {
  attended: number;
  sessions: number;
  attendees: number;
}

const scopeKey = (focalGroupId: string | null, regionId: string | null) => `${focalGroupId ?? '*'}|${regionId ?? '*'}`;

/**
 * Compares each focal group's population share with its share of engagement participation.
 *
 * Scope: a region report uses the groups of that region plus the district-wide groups (no
 * region) and the sessions held in that region. The district report uses every group, and
 * measures each against the sessions its population share refers to: a regional group against
 * its region's sessions (its share is a share of that region), a district-wide group against all
 * sessions. Population shares are estimates and groups overlap, so neither shares nor attendance
 * counts need to add up to 1 or to the headcount.
 *
 * Sums are computed by PostgreSQL (GROUP BY GROUPING SETS), so the cost does not grow with the
 * number of sessions held in JavaScript; two statements whatever the size.
 */
export async function computeRepresentation(em: EntityManager, regionId: string | null): Promise<RepresentationReport> {
  const groups = await findPlain(
    em,
    FocalGroup,
    regionId === null ? {} : { $or: [{ region: regionId }, { region: null }] },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  const rows = await em.getConnection().execute<AttendanceAggregate[]>(
    `with scoped_session as (
       select id, region_id, total_attendees from engagement_session where ?::uuid is null or region_id = ?::uuid
     )
     select null::uuid as focal_group_id, region_id, 0 as attended, count(*) as session_count, coalesce(sum(total_attendees), 0) as total_attendees
     from scoped_session
     group by grouping sets ((region_id), ())
     union all
     select attendance.focal_group_id, scoped_session.region_id, sum(attendance.count), 0, 0
     from session_attendance attendance join scoped_session on scoped_session.id = attendance.session_id
     group by grouping sets ((attendance.focal_group_id, scoped_session.region_id), (attendance.focal_group_id))`,
    [regionId, regionId],
  );
  const tallies = new Map<string, Tally>(
    rows.map((row) => [
      scopeKey(row.focal_group_id, row.region_id),
      { attended: Number(row.attended), sessions: Number(row.session_count), attendees: Number(row.total_attendees) },
    ]),
  );
  const totals = tallies.get(scopeKey(null, null)) ?? { attended: 0, sessions: 0, attendees: 0 };

  const groupReports = groups.map((focalGroup): GroupRepresentation => {
    const groupRegionId = regionId === null ? (focalGroup.region?.id ?? null) : null;
    const attendance = tallies.get(scopeKey(focalGroup.id, groupRegionId))?.attended ?? 0;
    const attendees = groupRegionId === null ? totals.attendees : (tallies.get(scopeKey(null, groupRegionId))?.attendees ?? 0);
    const participationShare = attendees > 0 ? attendance / attendees : 0;
    return {
      focalGroup,
      focalGroupId: focalGroup.id,
      populationShare: focalGroup.populationShare,
      attendance,
      participationShare,
      gap: focalGroup.populationShare - participationShare,
      participationRate: focalGroup.populationShare > 0 ? participationShare / focalGroup.populationShare : null,
    };
  });
  const rates = groupReports.map((group) => group.participationRate).filter((rate): rate is number => rate !== null);
  const highestRate = Math.max(...rates);
  // Nothing to compare (no group with a population share) is trivially representative.
  const representativeness = rates.length === 0 ? 1 : highestRate === 0 ? 0 : Math.min(...rates) / highestRate;
  return {
    regionId,
    sessionCount: totals.sessions,
    totalAttendees: totals.attendees,
    groups: groupReports,
    representativeness,
    missingGroups: groupReports.filter((group) => group.participationRate !== null && group.participationRate < MISSING_GROUP_RATE).map((group) => group.focalGroup),
  };
}
