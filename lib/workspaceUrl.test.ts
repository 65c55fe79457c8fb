import { describe, expect, it } from 'vitest';
import { STEPS } from '@/lib/steps/registry';
import { afterStep, draftHref, readWorkspaceLocation } from './workspaceUrl';

const read = (href: string) => readWorkspaceLocation(new URL(href, 'http://localhost').searchParams);
const [first, second] = STEPS;

describe('workspace URLs', () => {
  it('writes and reads the overview, a step, the review and the print view', () => {
    expect(draftHref('nl', 'u1')).toBe('/nl/draft/?d=u1');
    expect(read(draftHref('nl', 'u1'))).toEqual({ uid: 'u1', step: null, view: null, from: null, field: null });
    expect(read(draftHref('fr', 'u1', first!.id))).toMatchObject({ step: first!.id, view: null });
    expect(draftHref('nl', 'u1', { view: 'review' })).toBe('/nl/draft/?d=u1&view=review');
    expect(read(draftHref('nl', 'u1', { view: 'print' }))).toMatchObject({ step: null, view: 'print' });
  });

  it('carries the way back to the review and the field to focus only on a step', () => {
    const href = draftHref('nl', 'u1', { step: second!.id, from: 'review', field: 'actions.2.owner' });
    expect(read(href)).toEqual({ uid: 'u1', step: second!.id, view: null, from: 'review', field: 'actions.2.owner' });
    expect(draftHref('nl', 'u1', { view: 'review', from: 'review', field: 'x' })).toBe('/nl/draft/?d=u1&view=review');
  });

  it('ignores unknown views, steps and odd field names', () => {
    expect(read('/nl/draft/?d=u1&view=admin')).toMatchObject({ view: null });
    expect(read('/nl/draft/?d=u1&step=nope&view=review')).toMatchObject({ step: null, view: 'review' });
    expect(read(`/nl/draft/?d=u1&step=${first!.id}&field=<script>&from=home`)).toMatchObject({
      field: null,
      from: null,
    });
  });

  it('returns to the review after a step opened from it, and after the last step', () => {
    expect(afterStep(second!.id, null)).toEqual({ step: second!.id });
    expect(afterStep(second!.id, 'review')).toEqual({ view: 'review' });
    expect(afterStep(null, null)).toEqual({ view: 'review' });
  });
});
