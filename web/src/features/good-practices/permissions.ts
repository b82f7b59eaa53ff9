import type { Me } from '../../lib/session';
import { hasRole, isAdmin } from '../../lib/permissions';

// What the UI offers; the server decides for real (practice.curate in the service).

/** Curators of the bank: network operators (and administrators). */
export function canCuratePractices(me: Me | null): boolean {
  return isAdmin(me) || hasRole(me, 'network-operator');
}
