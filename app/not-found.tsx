// The app's styles, in this order (later rules win).
import './globals.css';
import './styles/forms.css';
import './styles/components.css';
import './styles/print.css';

// Served as 404.html by the static export; the locale is unknown here, so both languages.
export default function NotFound() {
  return (
    <html lang="nl">
      <body>
        <main className="page" id="main">
          <h1 className="heading-l">Pagina niet gevonden</h1>
          <p>
            <a href="/nl/">Naar Welzijnskompas</a>
          </p>
          <h2 className="heading-m" lang="fr">
            Page introuvable
          </h2>
          <p lang="fr">
            <a href="/fr/">Vers la Boussole du bien-être</a>
          </p>
        </main>
      </body>
    </html>
  );
}
