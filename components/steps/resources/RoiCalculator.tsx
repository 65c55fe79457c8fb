'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/Button';
import { useDraftValue } from '@/components/workspace/DraftSession';
import { researchFigures, ROI_SUGGESTIONS, scenarioLabels } from '@/content/reference/resources';
import { budgetTotals } from '@/lib/budget';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { computeRoi, dayCostFromWage, roiInputs, type RoiInputs } from '@/lib/roi';
import { SCENARIOS } from '@/lib/steps/resources';
import { ChoiceRadios, NumberInput } from '@/components/ui/form/fields';
import type { ResourcesForm, ResourcesPath } from './form';
import { FoldingGroup } from '@/components/ui/form/FoldingGroup';
import { optionsOf } from '@/components/ui/form/options';
import { ResearchFigures, useResearchRange } from './ResearchFigures';
import { RoiResults } from './RoiResults';
import styles from '../ResourcesStep.module.css';

/** The calculator's own figures and their hints (keys in `steps.resources.roi`). */
const ROI_HINTS = {
  staffFte: 'staffFteHint',
  workingDaysPerFte: 'workingDaysPerFteHint',
  psychosocialShare: 'psychosocialShareHint',
  dayCost: 'dayCostHint',
} as const;

/** The return-on-investment calculator: every assumption editable, nothing assumed silently. */
export function RoiCalculator({ form }: { form: ResourcesForm }) {
  const t = useTranslations('steps.resources.roi');
  const locale = useLocale();
  const asIs = useDraftValue((draft) => draft.steps['as-is']);
  const [roi, staffTime, budgetLines] = useWatch({ control: form.control, name: ['roi', 'staffTime', 'budgetLines'] });
  const inputs = roiInputs({ resources: { roi, staffTime }, 'as-is': asIs });
  const result = computeRoi(inputs, budgetTotals(budgetLines).total);
  const tList = useTranslations('common.list');
  const percent = (value: number) => formatPercent(value, locale);
  const reductions = SCENARIOS.map((scenario) => {
    const value = inputs.reduction[scenario];
    return value === null ? null : percent(value);
  });
  // What the summary row shows while the assumptions are folded away.
  const facts = [
    inputs.staffFte !== null && t('facts.staff', { value: formatNumber(inputs.staffFte, locale) }),
    inputs.workingDaysPerFte !== null && t('facts.days', { value: formatNumber(inputs.workingDaysPerFte, locale) }),
    inputs.absencePercentage !== null && t('facts.absence', { value: percent(inputs.absencePercentage) }),
    inputs.psychosocialShare !== null && t('facts.share', { value: percent(inputs.psychosocialShare) }),
    inputs.dayCost !== null && t('facts.dayCost', { value: formatMoney(inputs.dayCost, locale) }),
    reductions.some((value) => value !== null) &&
      t('facts.reductions', {
        cautious: reductions[0] ?? '–',
        middle: reductions[1] ?? '–',
        optimistic: reductions[2] ?? '–',
      }),
  ];
  const use = (name: ResourcesPath, value: number | null) =>
    form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  // Which of them the step needs (staff, day cost) comes from its completion rule.
  const number = (name: keyof typeof ROI_HINTS) => (
    <NumberInput name={`roi.${name}`} label={t(name)} hint={t(ROI_HINTS[name])} />
  );

  return (
    <>
      <p>{t('intro')}</p>
      <FoldingGroup name="roi" legend={tList('answers')} facts={facts} empty={facts.every((fact) => !fact)}>
        {/* Each assumption with its suggestion, two side by side where the page is wide enough. */}
        <div className="field-grid">
          <div>{number('staffFte')}</div>
          <div>
            {number('workingDaysPerFte')}
            <Suggestion
              figureId="working-days"
              value={String(ROI_SUGGESTIONS.workingDaysPerFte)}
              onUse={() => use('roi.workingDaysPerFte', ROI_SUGGESTIONS.workingDaysPerFte)}
            />
          </div>
          <div>
            <NumberInput
              name="roi.absencePercentage"
              label={t('absencePercentage')}
              hint={
                <>
                  {t('absencePercentageHint')}
                  <br />
                  <AbsenceSource inputs={inputs} />
                </>
              }
            />
            {inputs.absenceSource === 'resources' && inputs.asIs.absencePercentage !== null ? (
              <div className={styles.suggestion}>
                <Button
                  variant="secondary"
                  className="button--small"
                  onClick={() => use('roi.absencePercentage', null)}
                >
                  {t('absenceUseAsIs', { percentage: formatPercent(inputs.asIs.absencePercentage, locale) })}
                </Button>
              </div>
            ) : null}
          </div>
          <div>
            {number('psychosocialShare')}
            <Suggestion
              figureId="psychosocial-share"
              value={formatPercent(ROI_SUGGESTIONS.psychosocialShare, locale)}
              onUse={() => use('roi.psychosocialShare', ROI_SUGGESTIONS.psychosocialShare)}
            />
          </div>
          <div>
            {number('dayCost')}
            <WageHelper inputs={inputs} onUse={(dayCost) => use('roi.dayCost', dayCost)} />
          </div>
        </div>

        <fieldset className="fieldset field" aria-describedby="reduction-hint">
          <legend className="legend">{t('reductionLegend')}</legend>
          <p className="hint" id="reduction-hint">
            {t('reductionHint')}
          </p>
          <div className="field-grid field-grid--narrow">
            {SCENARIOS.map((scenario) => (
              <NumberInput
                key={scenario}
                name={`roi.reduction.${scenario}`}
                label={t('reductionFor', { scenario: scenarioLabels[locale][scenario].label })}
              />
            ))}
          </div>
          <Button
            variant="secondary"
            className="button--small"
            onClick={() =>
              SCENARIOS.forEach((scenario) => use(`roi.reduction.${scenario}`, ROI_SUGGESTIONS.reduction[scenario]))
            }
          >
            {t('useSuggestedReductions', {
              cautious: formatPercent(ROI_SUGGESTIONS.reduction.cautious, locale),
              middle: formatPercent(ROI_SUGGESTIONS.reduction.middle, locale),
              optimistic: formatPercent(ROI_SUGGESTIONS.reduction.optimistic, locale),
            })}
          </Button>
        </fieldset>

        <ChoiceRadios
          name="roi.scenario"
          inline
          label={t('scenarioLegend')}
          hint={t('scenarioHint')}
          options={optionsOf(SCENARIOS, scenarioLabels[locale])}
        />
      </FoldingGroup>

      <ResearchFigures />
      <RoiResults inputs={inputs} result={result} />
    </>
  );
}

/** Where the absence percentage comes from: step 2, an override, or nowhere yet. */
function AbsenceSource({ inputs }: { inputs: RoiInputs }) {
  const t = useTranslations('steps.resources.roi');
  const locale = useLocale();
  const fromAsIs = inputs.asIs.absencePercentage;
  if (inputs.absenceSource === 'as-is' && fromAsIs !== null) {
    return (
      <strong>
        {t('absenceFromAsIs', {
          percentage: formatPercent(fromAsIs, locale),
          year: inputs.asIs.year === null ? 'none' : String(inputs.asIs.year),
        })}
      </strong>
    );
  }
  if (inputs.absenceSource === 'resources') {
    return fromAsIs === null ? null : (
      <strong>{t('absenceOverride', { percentage: formatPercent(fromAsIs, locale) })}</strong>
    );
  }
  return <strong>{t('absenceNone')}</strong>;
}

/** A research value offered with an explicit "use this" button: never filled in silently. */
function Suggestion({ figureId, value, onUse }: { figureId: string; value: string; onUse: () => void }) {
  const t = useTranslations('steps.resources.roi');
  const range = useResearchRange();
  const figure = researchFigures.find((candidate) => candidate.id === figureId);
  if (!figure) return null;
  return (
    <div className={styles.suggestion}>
      <p className="hint">{t('suggestedFrom', { value: range(figure) })}</p>
      <Button variant="secondary" className="button--small" onClick={onUse}>
        {t('useValue', { value })}
      </Button>
    </div>
  );
}

/** Derives the cost of one absence day from the yearly wage cost of one FTE. */
function WageHelper({ inputs, onUse }: { inputs: RoiInputs; onUse: (dayCost: number) => void }) {
  const t = useTranslations('steps.resources.roi.wage');
  const locale = useLocale();
  const derived = dayCostFromWage(inputs.yearlyWageCost, inputs.workingDaysPerFte);
  return (
    <section className={styles.helper} aria-labelledby="wage-heading">
      <h4 className="heading-s" id="wage-heading">
        {t('heading')}
      </h4>
      <NumberInput name="roi.yearlyWageCost" label={t('yearlyWageCost')} hint={t('yearlyWageCostHint')} />
      {derived === null || inputs.yearlyWageCost === null || inputs.workingDaysPerFte === null ? (
        <p className="hint">{t('needs')}</p>
      ) : (
        <>
          <p>
            {t('result', {
              wage: formatMoney(inputs.yearlyWageCost, locale),
              days: formatNumber(inputs.workingDaysPerFte, locale),
              dayCost: formatMoney(derived, locale),
            })}
          </p>
          <Button variant="secondary" className="button--small" onClick={() => onUse(derived)}>
            {t('use', { dayCost: formatMoney(derived, locale) })}
          </Button>
        </>
      )}
    </section>
  );
}
