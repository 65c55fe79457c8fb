import { uidMap } from '../build';

/** The example's uids by readable key and its small builders, shared by every step of one draft. */
export function helpers() {
  const id = uidMap();
  const assign = (roles: Record<string, 'responsible' | 'accountable' | 'consulted' | 'informed'>) =>
    Object.fromEntries(Object.entries(roles).map(([key, role]) => [id(key), role]));
  return { id, assign };
}

export type Helpers = ReturnType<typeof helpers>;
