import { Entity, Index, ManyToOne } from '@mikro-orm/core';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import type { Request } from './request.entity';

/**
 * The pivot of Request.focalGroups, declared so that it can carry the index dashboards need to
 * go from a focal group to its requests (the primary key only serves request -> groups). The index
 * holds the request too, so a group's requests are read from it alone (an index-only scan).
 */
@Entity({ tableName: 'request_focal_groups' })
@Index({ properties: ['focalGroup', 'request'] })
export class RequestFocalGroup {
  @ManyToOne({ entity: 'Request', primary: true, deleteRule: 'cascade', updateRule: 'cascade' })
  request!: Request;

  @ManyToOne(() => FocalGroup, { primary: true, deleteRule: 'cascade', updateRule: 'cascade' })
  focalGroup!: FocalGroup;
}
