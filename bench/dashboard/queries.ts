/**
 * The canonical dashboard queries, each written for the hub and (where it can express it) for
 * PostGraphile v4, with a mapping of PostGraphile's answer onto the hub's shape so that the three
 * servers' answers can be compared value for value. The floor answers in the hub's shape.
 */
export interface BenchIds {
  regionId: string;
  cycleId: string;
  surveyId: string;
}

export interface CanonicalQuery {
  name: string;
  label: string;
  hub: { query: string; variables: Record<string, unknown> };
  postgraphile: { query: string; variables: Record<string, unknown>; toHubShape: (data: any) => unknown } | null;
  /** Path of the floor server that answers it. */
  floorPath: string;
}

const nodes = (connection: { nodes: any[] }) => connection.nodes;

export function canonicalQueries(ids: BenchIds): CanonicalQuery[] {
  return [
    {
      name: 'requests-page',
      label: 'page of 50 requests with focal group names, partner name, communication summaries',
      hub: {
        query: `query RequestsPage { requests(first: 50) { edges { node { id title status
                  focalGroups { name } partner { name } communications { summary communicatedAt } } } } }`,
        variables: {},
      },
      postgraphile: {
        query: `query RequestsPage { allRequests(first: 50, orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes { id title status
                  requestFocalGroupsByRequestId(orderBy: [FOCAL_GROUP_ID_ASC]) { nodes { focalGroupByFocalGroupId { name } } }
                  partnerByPartnerId { name }
                  communicationsByRequestId(orderBy: [COMMUNICATED_AT_ASC, ID_ASC]) { nodes { summary communicatedAt } } } } }`,
        variables: {},
        toHubShape: (data) => ({
          requests: {
            edges: nodes(data.allRequests).map((request) => ({
              node: {
                id: request.id,
                title: request.title,
                status: request.status,
                focalGroups: nodes(request.requestFocalGroupsByRequestId).map((link) => ({ name: link.focalGroupByFocalGroupId.name })),
                partner: request.partnerByPartnerId,
                communications: nodes(request.communicationsByRequestId),
              },
            })),
          },
        }),
      },
      floorPath: '/requests-page',
    },
    {
      name: 'region-groups',
      label: "one region's focal groups with their requests",
      hub: {
        query: `query RegionGroups($id: ID!) { region(id: $id) { id name focalGroups { id name requests { id title status } } } }`,
        variables: { id: ids.regionId },
      },
      postgraphile: {
        // PostGraphile orders a many-to-many by the pivot's columns only; the comparison sorts the requests by id.
        query: `query RegionGroups($id: UUID!) { regionById(id: $id) { id name
                  focalGroupsByRegionId(orderBy: [NAME_ASC]) { nodes { id name
                    requestFocalGroupsByFocalGroupId { nodes { requestByRequestId { id title status } } } } } } }`,
        variables: { id: ids.regionId },
        toHubShape: (data) => ({
          region: {
            id: data.regionById.id,
            name: data.regionById.name,
            focalGroups: nodes(data.regionById.focalGroupsByRegionId).map((group) => ({
              id: group.id,
              name: group.name,
              requests: nodes(group.requestFocalGroupsByFocalGroupId).map((link) => link.requestByRequestId),
            })),
          },
        }),
      },
      floorPath: '/region-groups',
    },
    {
      name: 'plan',
      label: 'the adopted plan, 1,001 allocations with request and partner',
      hub: {
        query: `query Plan($cycleId: ID!) { plan(cycleId: $cycleId) { fiscalYear tier moneyCents fte request { id title partner { name } } } }`,
        variables: { cycleId: ids.cycleId },
      },
      postgraphile: {
        query: `query Plan($cycleId: UUID!) { allAllocations(condition: { cycleId: $cycleId }, orderBy: [FISCAL_YEAR_ASC, TIER_ASC, REQUEST_ID_ASC]) {
                  nodes { fiscalYear tier moneyCents fte requestByRequestId { id title partnerByPartnerId { name } } } } }`,
        variables: { cycleId: ids.cycleId },
        toHubShape: (data) => ({
          plan: nodes(data.allAllocations).map((allocation) => ({
            fiscalYear: allocation.fiscalYear,
            tier: allocation.tier,
            moneyCents: allocation.moneyCents,
            fte: allocation.fte,
            request: { id: allocation.requestByRequestId.id, title: allocation.requestByRequestId.title, partner: allocation.requestByRequestId.partnerByPartnerId },
          })),
        }),
      },
      floorPath: '/plan',
    },
    {
      name: 'representation',
      label: 'representation by region (every group against its region\'s sessions)',
      hub: {
        query: `query Representation { representation(regionId: null) { sessionCount totalAttendees representativeness
                  groups { focalGroupId populationShare attendance participationShare gap participationRate }
                  missingGroups { id name } } }`,
        variables: {},
      },
      postgraphile: null,
      floorPath: '/representation',
    },
    {
      name: 'survey-results',
      label: 'survey results by topic x focal group (suppressed)',
      hub: {
        query: `query SurveyResults($surveyId: ID!) { surveyResults(surveyId: $surveyId, groupBy: [TOPIC, FOCAL_GROUP]) {
                  cells { group { topic focalGroupId } suppressed suppression respondents answers percentFavourable mean } } }`,
        variables: { surveyId: ids.surveyId },
      },
      postgraphile: null,
      floorPath: '/survey-results',
    },
  ];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Values as compared: numbers given as strings (PostGraphile's BigInt / BigFloat) become numbers,
 * timestamps become one ISO form, floats are rounded to 12 significant digits.
 */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalise(inner)]));
  if (typeof value === 'string' && ISO_DATE.test(value)) return new Date(value).toISOString();
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toPrecision(12));
  return value;
}

/** Lists whose order the query does not fix for every server: compared as sets (sorted by id). */
export function sortUnorderedLists(name: string, data: any): any {
  if (name !== 'region-groups') return data;
  for (const group of data.region.focalGroups) group.requests.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
  return data;
}
