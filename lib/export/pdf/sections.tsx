import { Text, View } from '@react-pdf/renderer';
import type { ComponentType } from 'react';
import type { StepId } from '@/lib/steps/registry';
import type { SectionView } from '../viewModel';
import { BlockView } from './blocks';
import { styles } from './theme';

type SectionComponent = ComponentType<{ section: SectionView }>;

/** A step's section: numbered heading (bookmarked, link target of the contents) and its blocks. */
function StepSection({ section }: { section: SectionView }) {
  return (
    <View>
      {/* The link target is the heading: on a view that spans pages it would land on the last one. */}
      <Text id={section.anchor} style={styles.sectionTitle} minPresenceAhead={80}>
        {`${section.number} ${section.title}`}
      </Text>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </View>
  );
}

/**
 * One component per registry step (the compiler checks none is missing).
 * All steps lay out their blocks the same way today; a step that needs its
 * own layout gets its own component here.
 */
export const SECTION_COMPONENTS: Record<StepId, SectionComponent> = {
  why: StepSection,
  'as-is': StepSection,
  roles: StepSection,
  'to-be': StepSection,
  resources: StepSection,
  action: StepSection,
  measure: StepSection,
};
