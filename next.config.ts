import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A folder of static files: no server-side code ever sees user data.
  output: 'export',
  // `/nl/` is served as `nl/index.html` by any static web server.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default withNextIntl(nextConfig);
