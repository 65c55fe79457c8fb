import { uidMap } from '../build';

/** The example's uids by readable key and its small builders, shared by every step of one draft. */
export function helpers() {
  const id = uidMap();
  const assign = (roles: Record<string, 'responsible' | 'accountable' | 'consulted' | 'informed'>) =>
    Object.fromEntries(Object.entries(roles).map(([key, role]) => [id(key), role]));
  const initiative = (
    key: string,
    title: string,
    description: string,
    lever: 'employability' | 'leadership' | 'meaningful-work' | 'work-life-balance' | 'new-ways-of-working',
    level: 'individual' | 'team' | 'organisation',
    targetGroup: string,
    effort: number,
    impact: number,
  ) => ({ uid: id(key), title, description, lever, level, targetGroup, effort, impact });
  return { id, assign, initiative };
}

export type Helpers = ReturnType<typeof helpers>;
