import type { DraftSteps } from '@/lib/draft/envelope';
import { filled } from '@/lib/steps/fields';
import { LEVERS, type Lever } from '@/lib/steps/shared';
import type { RELEVANCE } from '@/lib/steps/why';

/**
 * The mirror document (spiegeldocument / document miroir) of step 4: per
 * lever, today (from step 2's inventory and the user's own description) next
 * to tomorrow (written in step 4). Used by the step 4 form and by the exports.
 */

export type Relevance = (typeof RELEVANCE)[number];

/** Which side of a lever's row is still empty; null when both are written or the lever is left out. */
export type MirrorMissing = 'both' | 'today' | 'tomorrow' | null;

export interface MirrorInitiative {
  uid: string;
  /** The initiative's title as the user wrote it (may be empty). */
  title: string;
  /** Scores from step 2 (1–5), null until scored; the quadrant follows from them (lib/matrix.ts). */
  effort: number | null;
  impact: number | null;
}

export interface MirrorRow {
  lever: Lever;
  /** How relevant step 1 judged this lever; null when not answered. */
  relevance: Relevance | null;
  /** Step 1's note on this lever. */
  leverNote: string;
  /** Step 2's initiatives serving this lever, in inventory order. */
  initiatives: MirrorInitiative[];
  /** A plain-text default for "today": one line per titled initiative, in the user's own words only. */
  suggestedToday: string;
  today: string;
  tomorrow: string;
  leftOut: boolean;
  leftOutReason: string;
  missing: MirrorMissing;
}

/** What the mirror document reads; the draft's steps fit, and so do a form's live values. */
export interface MirrorSources {
  why?: { levers?: Partial<Record<Lever, { relevance?: Relevance | null; note?: string } | undefined>> };
  'as-is'?: {
    initiatives?: readonly (
      | {
          uid?: string;
          title?: string;
          lever?: Lever | null;
          effort?: number | null;
          impact?: number | null;
        }
      | null
      | undefined
    )[];
  };
  'to-be'?: {
    mirror?: Partial<
      Record<Lever, { today?: string; tomorrow?: string; leftOut?: boolean; leftOutReason?: string } | undefined>
    >;
  };
}

// Compile-time check: a stored draft's steps are a valid source.
const _draftStepsAreSources: DraftSteps extends MirrorSources ? true : never = true;
void _draftStepsAreSources;

const BULLET = '• ';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const scoreOf = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** One line per titled initiative; untitled ones have no words of the user to show. */
export function summaryOf(initiatives: readonly MirrorInitiative[]): string {
  return initiatives
    .map((initiative) => initiative.title.trim())
    .filter((title) => title.length > 0)
    .map((title) => `${BULLET}${title}`)
    .join('\n');
}

export function missingSide(today: string, tomorrow: string, leftOut: boolean): MirrorMissing {
  if (leftOut) return null;
  const hasToday = filled(today);
  const hasTomorrow = filled(tomorrow);
  if (!hasToday && !hasTomorrow) return 'both';
  if (!hasToday) return 'today';
  if (!hasTomorrow) return 'tomorrow';
  return null;
}

/** The mirror document, one row per lever in LEVERS order. Reads half-filled data defensively. */
export function mirrorDocument(steps: MirrorSources): MirrorRow[] {
  const initiatives = Array.isArray(steps['as-is']?.initiatives) ? steps['as-is'].initiatives : [];
  return LEVERS.map((lever) => {
    const assessment = steps.why?.levers?.[lever];
    const row = steps['to-be']?.mirror?.[lever];
    const own: MirrorInitiative[] = initiatives
      .filter((item) => item?.lever === lever && typeof item.uid === 'string')
      .map((item) => ({
        uid: text(item?.uid),
        title: text(item?.title),
        effort: scoreOf(item?.effort),
        impact: scoreOf(item?.impact),
      }));
    const today = text(row?.today);
    const tomorrow = text(row?.tomorrow);
    const leftOut = row?.leftOut === true;
    return {
      lever,
      relevance: assessment?.relevance ?? null,
      leverNote: text(assessment?.note),
      initiatives: own,
      suggestedToday: summaryOf(own),
      today,
      tomorrow,
      leftOut,
      leftOutReason: text(row?.leftOutReason),
      missing: missingSide(today, tomorrow, leftOut),
    };
  });
}

/**
 * Take the summary over into what the user wrote without overwriting it: an
 * empty text becomes the summary; otherwise only the summary's lines that are
 * not in the text yet are added below it. Returns the text unchanged when
 * there is nothing new.
 */
export function mergeSummary(existing: string, summary: string): string {
  if (!filled(existing)) return summary;
  const present = new Set(existing.split('\n').map((line) => line.trim()));
  const added = summary.split('\n').filter((line) => line.trim() && !present.has(line.trim()));
  if (added.length === 0) return existing;
  return `${existing.replace(/\s+$/, '')}\n${added.join('\n')}`;
}
