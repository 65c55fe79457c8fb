import type { routing } from '@/i18n/routing';
import type messages from './messages/nl.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    // Every key is checked: a missing or misspelt message key fails `npm run typecheck`.
    Messages: typeof messages;
  }
}
