/**
 * How a reason reads: "gemeenschappelijke regeling (4×)", or the bare term when
 * it occurred once. Views and the command-line recogniser share this so the
 * reasons read the same everywhere. The "×" form needs no translation.
 */
import type { Reason } from './types';

export function formatReason(reason: Pick<Reason, 'label' | 'count'>): string {
  return reason.count > 1 ? `${reason.label} (${reason.count}×)` : reason.label;
}
