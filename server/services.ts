/**
 * Wires the services together. Dependencies point one way (units/groups → catalogues → data →
 * benchmarking → plans); each service receives only what it uses.
 */
import { fileURLToPath } from 'node:url';
import type { Config } from './config';
import type { Db } from './db/client';
import { createAuditService } from './modules/audit/audit.service';
import { createGroupsService } from './modules/groups/groups.service';
import { createUnitsService } from './modules/units/units.service';
import { createUsersService } from './modules/users/users.service';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Reference data shipped in the repository's data/ folder. */
export const referenceFiles = {
  terytDir: fileURLToPath(new URL('../data/teryt', import.meta.url)),
  boundariesDir: fileURLToPath(new URL('../data/boundaries', import.meta.url)),
};

export function createServices(deps: { db: Db; config: Config; clock: Clock }) {
  const { db, config, clock } = deps;
  const audit = createAuditService({ db });
  const units = createUnitsService({ db, audit, referenceFiles });
  const groups = createGroupsService({ db, audit, units });
  const users = createUsersService({
    db, config, audit, now: () => clock.now(), findUnitId: (code) => units.findUnitId(code), groupExists: (id) => groups.exists(id),
  });
  return { audit, units, groups, users };
}

export type Services = ReturnType<typeof createServices>;
