import { wrap } from '@mikro-orm/core';
import { ConflictError } from '../../core/errors';

/** A plain, JSON-safe copy of an entity's own columns (relations as ids) for the audit trail. */
export function snapshot(entity: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>;
}

/** Rejects an update that was based on an older read; the version column also catches races at flush. */
export function assertVersion(entity: { id: string; version: number }, expected: number, entityName: string): void {
  if (entity.version !== expected) {
    throw new ConflictError(`${entityName} ${entity.id} is at version ${entity.version}, but the update was based on version ${expected}; reload and retry`, {
      currentVersion: entity.version,
    });
  }
}
