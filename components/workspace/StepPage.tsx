'use client';

import { useTranslations } from 'next-intl';
import { useEffect, type ComponentType } from 'react';
import type { StepContent } from '@/content/types';
import { getStep, STEPS, stepNumber, type StepId } from '@/lib/steps/registry';
import { STEP_FORMS } from '@/components/steps';
import { SaveStatus } from './SaveStatus';
import { useDocumentTitle } from './useDocumentTitle';
import { useDraftActions, useDraftValue } from './DraftSession';
import { WorkspaceLink } from './WorkspaceLink';
import { focusField } from './focusField';

/** A question page: back link, title, purpose, guidance, the step's form. */
export function StepPage({ stepId, content }: { stepId: StepId; content: StepContent }) {
  const t = useTranslations();
  const step = getStep(stepId);
  const Form = STEP_FORMS[stepId] as ComponentType<{ stepId: StepId }>;
  const name = useDraftValue((draft) => draft.name);
  const { location } = useDraftActions();
  useDocumentTitle(t(`${step.messages}.title`), name);
  const fromReview = location.from === 'review';
  // Opened by a "Change" link: the answer to change gets focus (once the form is drawn).
  const field = location.field;
  useEffect(() => {
    if (!field || focusField(field)) return;
    const frame = window.requestAnimationFrame(() => focusField(field));
    return () => window.cancelAnimationFrame(frame);
  }, [field]);
  return (
    <>
      <WorkspaceLink step={fromReview ? { view: 'review' } : null} className="back-link">
        {fromReview ? t('review.backToReview') : t('stepPage.backToOverview')}
      </WorkspaceLink>
      <div className="step-layout">
        <div className="step-layout__main">
          <span className="caption">{t('stepPage.stepOf', { number: stepNumber(stepId), total: STEPS.length })}</span>
          <h1 className="heading-xl" tabIndex={-1}>
            {t(`${step.messages}.title`)}
          </h1>
          <SaveStatus />
          <section aria-labelledby="purpose-heading" className="purpose">
            <h2 className="visually-hidden" id="purpose-heading">
              {t('stepPage.purposeHeading')}
            </h2>
            {content.purpose.map((paragraph) => (
              <p className="lead" key={paragraph}>
                {paragraph}
              </p>
            ))}
          </section>
          <Guidance content={content} />
          <Form stepId={stepId} />
        </div>
      </div>
    </>
  );
}

function Guidance({ content }: { content: StepContent }) {
  const t = useTranslations('stepPage');
  return (
    <div className="guidance">
      <details className="details">
        <summary className="details__summary">{t('guidanceHeading')}</summary>
        <div className="details__text">
          {content.guidance.map((section) => (
            <section key={section.heading}>
              <h3 className="heading-s">{section.heading}</h3>
              {section.paragraphs.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </section>
          ))}
          {content.tips.length ? (
            <section>
              <h3 className="heading-s">{t('tipsHeading')}</h3>
              <ul className="list list--bullet">
                {content.tips.map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </details>
      <details className="details">
        <summary className="details__summary">{t('exampleHeading', { title: content.example.title })}</summary>
        <div className="details__text">
          {content.example.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </details>
    </div>
  );
}
