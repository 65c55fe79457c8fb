import { actionStatusLabels } from '@/content/reference/action';
import { legalMomentLabels, pdcaPhaseLabels } from '@/content/reference/measure';
import { actorLabels } from '@/content/reference/roles';
import type { Locale } from '@/i18n/routing';
import type { Draft } from '@/lib/draft/envelope';
import { addDays, isInCalendar, legalCycle, localDate } from '@/lib/pdca';
import { stakeholderName } from '@/lib/stakeholders';
import { label } from './cells';
import { exportTranslator } from './text';

/**
 * The plan's dates as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import: the
 * review moments of step 7, the legal cycle's dated moments not yet among them (the annual action plan for the
 * committee's advice by 1 November, every year; the planned risk analysis), and the start and end of every
 * dated action. All-day events in the calendar of Europe/Brussels. Pure: the export date comes in, so the same
 * plan gives the same file, and each event keeps its UID across exports (importing again updates, never doubles).
 */

export interface CalendarOptions {
  /** The export's date, YYYY-MM-DD. */
  date: string;
}

interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD, an all-day event. */
  day: string;
  summary: string;
  description: string;
  categories?: string;
  yearly?: boolean;
  /** Days before the event to show a reminder. */
  alarmDays?: number;
}

const TIME_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. Control characters are
 * not allowed in a calendar file at all; they become spaces (the draft itself keeps them).
 */
export function icsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets folded with CRLF + space, never inside a UTF-8 character (§3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const compact = (day: string) => day.replace(/-/g, '');

function lastDayOfMonth(month: string): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

function events(draft: Draft, locale: Locale, today: string): CalendarEvent[] {
  const t = exportTranslator(locale);
  const { steps } = draft;
  const labelled = (name: string, value: string) => `${t('export.doc.labelled', { label: name })}${value}`;
  const plan = draft.name.trim() || t('export.doc.untitled');
  const origin = t('export.calendar.origin', { plan });
  const owners = new Map(steps.roles.stakeholders.map((s) => [s.uid, stakeholderName(s, actorLabels[locale])]));
  const moments = legalMomentLabels[locale];
  const list: CalendarEvent[] = [];

  for (const review of steps.measure.reviews) {
    if (!review.date) continue;
    const phase = review.phase ? label(pdcaPhaseLabels, review.phase, locale) : '';
    const fallback = review.legal ? moments[review.legal].title : t('export.calendar.review');
    list.push({
      uid: `${draft.uid}-review-${review.uid}`,
      day: review.date,
      summary: review.title.trim() || fallback,
      description: [
        phase ? labelled(t('export.calendar.phase'), phase) : '',
        review.participants.trim() ? labelled(t('export.calendar.participants'), review.participants.trim()) : '',
        review.legal ? moments[review.legal].hint : '',
        origin,
      ]
        .filter(Boolean)
        .join('\n'),
      categories: phase || undefined,
    });
  }

  for (const reminder of legalCycle(steps, localDate(today))) {
    if (!reminder.due || reminder.status === 'replan' || isInCalendar(reminder, steps.measure.reviews)) continue;
    const moment = moments[reminder.moment];
    const deadline = reminder.moment === 'annual-action-plan';
    list.push({
      uid: `${draft.uid}-legal-${reminder.moment}`,
      day: reminder.due,
      summary: t(deadline ? 'export.calendar.deadline' : 'export.calendar.planned', { moment: moment.label }),
      description: [moment.hint, origin].join('\n'),
      categories: t('export.calendar.legal'),
      // The 1 November deadline comes back every year; the risk analysis is planned once at a time.
      yearly: deadline,
      alarmDays: deadline ? 30 : undefined,
    });
  }

  steps.action.actions.forEach((action, index) => {
    const title = action.title.trim() || t('export.calendar.actionNumber', { number: index + 1 });
    const owner = action.owner ? owners.get(action.owner) : undefined;
    const description = [
      labelled(t('export.doc.action.status'), label(actionStatusLabels, action.status, locale)),
      owner ? labelled(t('export.doc.action.owner'), owner) : '',
      action.description.trim(),
      origin,
    ]
      .filter(Boolean)
      .join('\n');
    const category = t('export.calendar.action');
    if (action.start)
      list.push({
        uid: `${draft.uid}-action-${action.uid}-start`,
        day: `${action.start}-01`,
        summary: t('export.calendar.actionStart', { title }),
        description,
        categories: category,
      });
    if (action.end)
      list.push({
        uid: `${draft.uid}-action-${action.uid}-end`,
        day: lastDayOfMonth(action.end),
        summary: t('export.calendar.actionEnd', { title }),
        description,
        categories: category,
      });
  });

  return list.sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}

/** Draft → the text of an .ics file (CRLF line ends, folded lines). */
export function calendarFromDraft(draft: Draft, locale: Locale, options: CalendarOptions): string {
  const t = exportTranslator(locale);
  const stamp = `${compact(options.date)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Welzijnskompas//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(t('export.calendar.name', { plan: draft.name.trim() || t('export.doc.untitled') }))}`,
    'X-WR-TIMEZONE:Europe/Brussels',
    ...TIME_ZONE,
    ...events(draft, locale, options.date).flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}@welzijnskompas`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.day)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.day, 1) ?? event.day)}`,
      ...(event.yearly ? ['RRULE:FREQ=YEARLY'] : []),
      `SUMMARY:${icsText(event.summary)}`,
      `DESCRIPTION:${icsText(event.description)}`,
      ...(event.categories ? [`CATEGORIES:${icsText(event.categories)}`] : []),
      'TRANSP:TRANSPARENT',
      ...(event.alarmDays
        ? [
            'BEGIN:VALARM',
            'ACTION:DISPLAY',
            `TRIGGER:-P${event.alarmDays}D`,
            `DESCRIPTION:${icsText(event.summary)}`,
            'END:VALARM',
          ]
        : []),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
