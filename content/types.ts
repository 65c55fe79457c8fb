import type { Locale } from '@/i18n/routing';

/** Guidance shown on a step page. Plain text only: never rendered as HTML. */
export interface StepContent {
  /** What the step is for, in two to four sentences (one string per paragraph). */
  purpose: string[];
  /** How to do the step well. */
  guidance: { heading: string; paragraphs: string[] }[];
  /** Short practical tips. */
  tips: string[];
  /** A short worked example from a fictitious organisation. */
  example: { title: string; paragraphs: string[] };
}

export type Localised<T> = Record<Locale, T>;

/** A label (and optional one-line hint) for every code of a code list. */
export type CodeLabels<Code extends string> = Record<Code, { label: string; hint?: string }>;
