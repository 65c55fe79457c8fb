import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { bruxellesMobiliteExample } from './bruxelles-mobilite';
import { groenErfgoedExample } from './groen-erfgoed';

/** The worked examples, one per language: each call returns a fresh draft with new uids. */
export const EXAMPLES: Record<Locale, (now?: Date) => Draft> = {
  nl: groenErfgoedExample,
  fr: bruxellesMobiliteExample,
};

export { bruxellesMobiliteExample, groenErfgoedExample };
