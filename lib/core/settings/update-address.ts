/**
 * Where index updates come from, decided in one place for the background's
 * updater and the options page. An administrator's policy (managed storage,
 * `indexUpdateUrl`) has three states, and public/managed-schema.json promises
 * all three: no policy (the user's own address counts), an address (it wins),
 * or an empty value, which switches network updates off. A blank value must
 * not read as "no policy": then the user's address would still be fetched
 * and the options page would stay editable, against the administrator's choice.
 */

/** What the administrator set for the update address. */
export type ManagedUpdateAddress = { kind: 'none' } | { kind: 'off' } | { kind: 'address'; url: string };

/** The policy value as read from managed storage (undefined: no policy, or an unusable value). */
export function managedUpdateAddress(policy: string | undefined): ManagedUpdateAddress {
  if (policy === undefined) return { kind: 'none' };
  const url = policy.trim();
  return url === '' ? { kind: 'off' } : { kind: 'address', url };
}

/** The address the updater fetches: the administrator's; none when they switched updates off; else the user's. */
export function effectiveUpdateUrl(managed: ManagedUpdateAddress, user: string | null): string | null {
  switch (managed.kind) {
    case 'address':
      return managed.url;
    case 'off':
      return null;
    case 'none':
      return user;
  }
}
