import { Text, View } from '@react-pdf/renderer';
import type { SectionView } from '../viewModel';
import { BlockView } from './blocks';
import { styles } from './theme';

/** A step's section: numbered heading (bookmarked, link target of the contents) and its blocks. */
export function StepSection({ section }: { section: SectionView }) {
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
