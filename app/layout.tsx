import type { ReactNode } from 'react';

// The <html> element lives in app/[locale]/layout.tsx (and in app/page.tsx for `/`).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
