import { routing } from '@/i18n/routing';

// `/` picks the browser's preferred language among ours; without JavaScript, Dutch.
const chooseLocale = `(function(){var l=(navigator.languages||[navigator.language||'']).map(function(x){return String(x).slice(0,2).toLowerCase()});var pick='${routing.defaultLocale}';for(var i=0;i<l.length;i++){if(l[i]==='nl'||l[i]==='fr'){pick=l[i];break;}}location.replace('/'+pick+'/');})();`;

export default function RootPage() {
  return (
    <html lang="nl">
      <head>
        <title>Welzijnskompas</title>
        <script dangerouslySetInnerHTML={{ __html: chooseLocale }} />
        <noscript>
          <meta httpEquiv="refresh" content="0; url=/nl/" />
        </noscript>
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
        <main>
          <h1>Welzijnskompas</h1>
          <ul>
            <li>
              <a href="/nl/" lang="nl">
                Nederlands
              </a>
            </li>
            <li>
              <a href="/fr/" lang="fr">
                Français
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
