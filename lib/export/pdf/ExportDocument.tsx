import { Document, Link, Page, Text, View } from '@react-pdf/renderer';
import type { ComponentProps } from 'react';
import type { ApprovalView, ExportView } from '../viewModel';
import { BlockView, HyphenationContext, LabelledContext, T } from './blocks';
import type { Hyphenation } from './hyphenation';
import { StepSection } from './sections';
import { styles } from './theme';

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>;

/**
 * Page chrome: the content, then the footer with "page n of m". A page `layout`
 * opts into react-pdf's pagination engine that measures content once and packs it
 * into pages, instead of laying out the rest of a part again after every page break.
 */
function withFooter(view: ExportView): PageLayout {
  return function FooterLayout({ children, pageNumber = 1, totalPages = 1 }) {
    return (
      <>
        {children}
        <View style={styles.footer}>
          <Text>{view.footer}</Text>
          <Text>{view.pageOf(pageNumber, totalPages)}</Text>
        </View>
      </>
    );
  };
}

function Cover({ view }: { view: ExportView }) {
  const { cover } = view;
  return (
    <Page size="A4" style={styles.cover}>
      <View style={styles.coverBand}>
        {cover.organisation ? <T style={styles.coverOrganisation}>{cover.organisation}</T> : null}
        <T style={styles.coverTitle}>{cover.title}</T>
        <Text style={styles.coverSubtitle}>{cover.subtitle}</Text>
        {cover.slogan ? <T style={styles.coverSlogan}>{view.quote(cover.slogan)}</T> : null}
      </View>
      <View>
        <View style={styles.coverMeta}>
          <View style={styles.coverMetaRow}>
            <Text style={styles.coverMetaLabel}>{cover.dateLabel}</Text>
            <Text>{cover.date}</Text>
          </View>
          <View style={styles.coverMetaRow}>
            <Text style={styles.coverMetaLabel}>{cover.statusLabel}</Text>
            <Text>{cover.status}</Text>
          </View>
        </View>
        {cover.incomplete ? <Text style={styles.coverIncomplete}>{cover.incomplete}</Text> : null}
      </View>
    </Page>
  );
}

function Contents({ view }: { view: ExportView }) {
  return (
    <View>
      <Text style={styles.pageTitle}>{view.contents.title}</Text>
      {view.contents.entries.map((entry) => (
        <Link key={entry.anchor} src={`#${entry.anchor}`} style={{ color: '#1b1b1b', textDecoration: 'none' }}>
          <View style={[styles.tocRow, entry.level === 0 ? styles.tocPart : { marginLeft: 16 }]}>
            <Text style={styles.tocNumber}>{entry.number}</Text>
            <Text>{entry.title}</Text>
          </View>
        </Link>
      ))}
      {view.contents.accessible ? <T>{view.contents.accessible}</T> : null}
    </View>
  );
}

/** The plan's last page: the advice it received and the management's approval. */
function Approval({ approval, layout }: { approval: ApprovalView; layout: PageLayout }) {
  return (
    <Page size="A4" style={styles.page} layout={layout} bookmark={approval.title}>
      <View>
        <Text id={approval.anchor} style={styles.pageTitle}>
          {approval.title}
        </Text>
        <T>{approval.advice.intro}</T>
        {approval.advice.lines.map((line) => (
          <View key={line} style={styles.listItem} wrap={false}>
            <Text style={styles.bullet}>•</Text>
            <T style={styles.listText}>{line}</T>
          </View>
        ))}
        <T>{approval.advice.note}</T>
        {approval.approved ? <T>{approval.approved}</T> : null}
        <T>{approval.intro}</T>
        <View style={styles.approvalTable}>
          <View style={styles.approvalHead}>
            <Text style={styles.approvalCell}>{approval.name}</Text>
            <Text style={styles.approvalCell}>{approval.role}</Text>
            <Text style={styles.approvalCell}>{approval.date}</Text>
            <Text style={styles.approvalSignature}>{approval.signature}</Text>
          </View>
          {[0, 1, 2].map((row) => (
            <View key={row} style={styles.approvalRow}>
              <View style={{ flex: 1 }} />
              <View style={{ flex: 1 }} />
              <View style={{ flex: 1 }} />
              <View style={{ flex: 1.6 }} />
            </View>
          ))}
        </View>
      </View>
    </Page>
  );
}

/** The whole document: cover, contents, summary, the parts, approval (the plan's; the evaluation report has none). */
export function ExportDocument({ view, hyphenation }: { view: ExportView; hyphenation: Hyphenation }) {
  const layout = withFooter(view);
  return (
    <HyphenationContext.Provider value={hyphenation}>
      <LabelledContext.Provider value={view.labelled}>
        <Document
          title={view.meta.title}
          subject={view.meta.subject}
          author={view.meta.author || undefined}
          creator="Welzijnskompas"
          producer="Welzijnskompas"
          language={view.language}
          pageMode="useOutlines"
        >
          <Cover view={view} />
          <Page size="A4" style={styles.page} layout={layout} bookmark={view.contents.title}>
            <Contents view={view} />
          </Page>
          {view.summary ? (
            <Page size="A4" style={styles.page} layout={layout} bookmark={view.summary.title}>
              <View>
                <Text id={view.summary.anchor} style={styles.pageTitle}>
                  {view.summary.title}
                </Text>
                {view.summary.blocks.map((block, index) => (
                  <BlockView key={index} block={block} />
                ))}
              </View>
            </Page>
          ) : null}
          {view.parts.map((part) => (
            <Page key={part.id} size="A4" style={styles.page} layout={layout} wrap bookmark={part.title}>
              <Text id={part.anchor} style={styles.partTitle}>
                {part.title}
              </Text>
              {part.sections.map((section) => (
                <StepSection key={section.id} section={section} />
              ))}
            </Page>
          ))}
          {view.approval ? <Approval approval={view.approval} layout={layout} /> : null}
        </Document>
      </LabelledContext.Provider>
    </HyphenationContext.Provider>
  );
}
