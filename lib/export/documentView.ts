import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { chosenEvaluation } from '@/lib/followUp/operations';
import { buildEvaluationView } from './evaluationReport';
import { buildExportView, type ExportOptions, type ExportView } from './viewModel';

/** The document the options ask for: the plan, or the yearly evaluation report. Pure. */
export function buildDocumentView(draft: Draft, locale: Locale, options: ExportOptions): ExportView {
  if (options.document?.kind !== 'evaluation') return buildExportView(draft, locale, options);
  const evaluation = chosenEvaluation(draft.followUp, options.document.evaluation);
  if (!evaluation) throw new Error('The draft holds no yearly evaluation to report on');
  return buildEvaluationView(draft, locale, options, evaluation);
}
