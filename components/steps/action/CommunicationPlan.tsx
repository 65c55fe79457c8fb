'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { ChoiceGroup, Select, TextArea, TextField } from '@/components/ui/Field';
import { EntityControls, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { useFieldError } from '@/components/workspace/StepFormFrame';
import { fieldId } from '@/components/workspace/useStepForm';
import { channelLabels, nudgeLabels } from '@/content/reference/action';
import { CHANNELS, emptyCommunicationItem, MAX_COMMUNICATION, NUDGES } from '@/lib/steps/action';
import { emptyToNull, LIMITS, newUid } from '@/lib/steps/fields';
import { EmptyLink } from './EmptyLink';
import type { ActionForm } from './types';
import { optionsOf, useLinkOptions } from './useLinkOptions';

/** Who hears what, when and how; a nudge checklist per message; reaching staff who are not online. */
export function CommunicationPlan({ form }: { form: ActionForm }) {
  const t = useTranslations('steps.action');
  const tList = useTranslations('common.list');
  const optional = useTranslations('common')('optional');
  const locale = useLocale();
  const errorFor = useFieldError(form);
  const list = useEntityList(form, 'communication');
  const { stakeholders } = useLinkOptions();
  const { register } = form;

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('communicationHeading')}</legend>
      <p>{t('communicationIntro')}</p>
      {stakeholders.length === 0 ? <EmptyLink step="roles" messageKey="noStakeholders" /> : null}
      {list.fields.length === 0 ? <p>{t('noCommunication')}</p> : null}
      <ol className="entry-list">
        {list.fields.map((field, index) => {
          const legend = t('communicationLegend', { number: index + 1 });
          const audience = form.getValues(`communication.${index}.audience`)?.trim();
          return (
            <li className="entry" key={field.id}>
              <fieldset className="fieldset">
                <legend className="heading-m">{legend}</legend>
                <TextField
                  id={fieldId(`communication.${index}.audience`)}
                  label={t('audience')}
                  hint={t('audienceHint')}
                  error={errorFor(`communication.${index}.audience`)}
                  maxLength={LIMITS.short}
                  {...register(`communication.${index}.audience`)}
                />
                <TextArea
                  id={fieldId(`communication.${index}.message`)}
                  label={t('message')}
                  hint={t('messageHint')}
                  error={errorFor(`communication.${index}.message`)}
                  rows={3}
                  maxLength={LIMITS.long}
                  {...register(`communication.${index}.message`)}
                />
                <Select
                  id={fieldId(`communication.${index}.channel`)}
                  label={t('channel')}
                  optionalText={optional}
                  placeholder={t('channelPlaceholder')}
                  error={errorFor(`communication.${index}.channel`)}
                  options={optionsOf(CHANNELS, channelLabels[locale])}
                  {...register(`communication.${index}.channel`, { setValueAs: emptyToNull })}
                />
                <TextField
                  id={fieldId(`communication.${index}.timing`)}
                  label={t('timing')}
                  hint={t('timingHint')}
                  optionalText={optional}
                  maxLength={LIMITS.short}
                  {...register(`communication.${index}.timing`)}
                />
                {stakeholders.length > 0 ? (
                  <Select
                    id={fieldId(`communication.${index}.owner`)}
                    label={t('communicationOwner')}
                    optionalText={optional}
                    placeholder={t('ownerPlaceholder')}
                    error={errorFor(`communication.${index}.owner`)}
                    options={stakeholders}
                    {...register(`communication.${index}.owner`, { setValueAs: emptyToNull })}
                  />
                ) : null}
                <ChoiceGroup
                  id={fieldId(`communication.${index}.nudges`)}
                  type="checkbox"
                  legend={t('nudges')}
                  hint={t('nudgesHint')}
                  optionalText={optional}
                  error={errorFor(`communication.${index}.nudges`)}
                  options={optionsOf(NUDGES, nudgeLabels[locale])}
                  inputProps={register(`communication.${index}.nudges`)}
                />
              </fieldset>
              <EntityControls
                index={index}
                count={list.fields.length}
                name={audience ? `${legend}: ${audience}` : legend}
                onMoveUp={() => list.moveUp(index)}
                onMoveDown={() => list.moveDown(index)}
                onRemove={() => list.remove(index, audience || legend || tList('untitled'))}
              />
            </li>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <Button
        id={fieldId('communication')}
        variant="secondary"
        disabled={list.fields.length >= MAX_COMMUNICATION}
        onClick={() => list.append(emptyCommunicationItem(newUid()))}
      >
        {t('addCommunication')}
      </Button>
      {errorFor('communication') ? <p className="error-message">{errorFor('communication')}</p> : null}

      <h3 className="heading-m">{t('offlineHeading')}</h3>
      <div className="notice notice--warning">
        <p>{t('offlineNotice')}</p>
      </div>
      <TextArea
        id={fieldId('offlineReach')}
        label={t('offlineReach')}
        hint={t('offlineReachHint')}
        optionalText={optional}
        error={errorFor('offlineReach')}
        rows={4}
        maxLength={LIMITS.long}
        {...register('offlineReach')}
      />
    </fieldset>
  );
}
