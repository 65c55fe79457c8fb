import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import nl from '@/messages/nl.json';
import { FIELD_LABELS, fieldLabelKey } from './fieldLabels';
import { STEPS } from './registry';
import { schemaPaths } from './schemaPaths';

const lookup = (messages: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('field labels', () => {
  for (const step of STEPS) {
    it(`name every stored field of step ${step.id}, and nothing else`, () => {
      const paths = schemaPaths(step.schema).map((item) => item.path.join('.'));
      expect(Object.keys(FIELD_LABELS[step.id]).sort()).toEqual([...paths].sort());
      for (const key of Object.values(FIELD_LABELS[step.id])) {
        expect(typeof lookup(nl, key), key).toBe('string');
        expect(typeof lookup(fr, key), key).toBe('string');
      }
    });
  }

  it('find the nearest labelled field for a path inside a list entry or an object', () => {
    expect(fieldLabelKey('action', ['actions', 'title'])).toBe('steps.action.actionsHeading');
    expect(fieldLabelKey('resources', ['roi', 'dayCost'])).toBe('steps.resources.roi.dayCost');
    expect(fieldLabelKey(null, ['organisation'])).toBe('home.table.organisation');
    expect(fieldLabelKey(null, ['revision'])).toBeNull();
  });
});
