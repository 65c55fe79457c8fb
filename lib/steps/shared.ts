/** Code lists used by several steps. Labels live in content/reference. */

/** The level an initiative, action or indicator works on. */
export const LEVELS = ['individual', 'team', 'organisation'] as const;
export type Level = (typeof LEVELS)[number];

export { LEVERS, type Lever } from './why';
