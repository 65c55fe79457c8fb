'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { MoveNotice, UndoNotice, useEntityList } from '@/components/ui/EntityList';
import { FoldingEntry } from '@/components/ui/form/FoldingEntry';
import { ListAddButton } from '@/components/ui/form/EntityListSection';
import { ChoiceChecks, ChoiceSelect, LongText, TextInput } from '@/components/ui/form/fields';
import { optionsOf } from '@/components/ui/form/options';
import { channelLabels, nudgeLabels } from '@/content/reference/action';
import { CHANNELS, NUDGES, type CommunicationItem } from '@/lib/steps/action';
import { EmptyLink } from './EmptyLink';
import type { ActionForm } from './types';
import { useLinkOptions } from './useLinkOptions';

/** Who hears what, when and how; a nudge checklist per message; reaching staff who are not online. */
export function CommunicationPlan({ form }: { form: ActionForm }) {
  const t = useTranslations('steps.action');
  const locale = useLocale();
  const list = useEntityList(form, 'communication');
  const { stakeholders } = useLinkOptions();
  const values = useWatch({ control: form.control, name: 'communication' });

  return (
    <fieldset className="fieldset fieldset--section">
      <legend className="heading-l">{t('communicationHeading')}</legend>
      <p>{t('communicationIntro')}</p>
      {stakeholders.length === 0 ? <EmptyLink step="roles" messageKey="noStakeholders" /> : null}
      {list.fields.length === 0 ? <p>{t('noCommunication')}</p> : null}
      <ol className="entry-list">
        {list.fields.map((field, index) => {
          const legend = t('communicationLegend', { number: index + 1 });
          const path = `communication.${index}` as const;
          const item = values?.[index];
          const audience = item?.audience?.trim();
          return (
            <FoldingEntry
              key={field.id}
              legend={legend}
              title={audience}
              facts={[item?.channel ? channelLabels[locale][item.channel]?.label : null, item?.timing]}
              {...list.entryProps(index, audience ? `${legend}: ${audience}` : legend)}
            >
              <TextInput name={`${path}.audience`} label={t('audience')} hint={t('audienceHint')} />
              <LongText name={`${path}.message`} label={t('message')} hint={t('messageHint')} rows={3} />
              <ChoiceSelect
                name={`${path}.channel`}
                label={t('channel')}
                placeholder={t('channelPlaceholder')}
                options={optionsOf(CHANNELS, channelLabels[locale])}
              />
              <TextInput name={`${path}.timing`} label={t('timing')} hint={t('timingHint')} />
              {stakeholders.length > 0 ? (
                <ChoiceSelect
                  name={`${path}.owner`}
                  label={t('communicationOwner')}
                  placeholder={t('ownerPlaceholder')}
                  options={stakeholders}
                />
              ) : null}
              <ChoiceChecks
                name={`${path}.nudges`}
                label={t('nudges')}
                hint={t('nudgesHint')}
                options={optionsOf(NUDGES, nudgeLabels[locale])}
              />
            </FoldingEntry>
          );
        })}
      </ol>
      <UndoNotice removed={list.removed} onUndo={list.undo} onDismiss={list.dismiss} />
      <MoveNotice moved={list.moved} />
      <ListAddButton
        name="communication"
        count={list.fields.length}
        label={t('addCommunication')}
        onAdd={(entry) => list.append(entry as CommunicationItem)}
      />

      <h3 className="heading-m">{t('offlineHeading')}</h3>
      <div className="notice notice--warning">
        <p>{t('offlineNotice')}</p>
      </div>
      <LongText name="offlineReach" label={t('offlineReach')} hint={t('offlineReachHint')} rows={4} />
    </fieldset>
  );
}
