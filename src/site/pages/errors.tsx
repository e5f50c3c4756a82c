/** The site's own error pages: not found (404) and a request with invalid filter values (400, each named). */
import { href, renderPage, type View } from '../layout';

export type QueryIssue = { path: (string | number)[]; message: string };

export function notFoundPage(view: View) {
  const { t, locale } = view;
  return renderPage(
    view,
    { title: t.notFoundTitle, description: t.notFoundText },
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={href(view, { kind: 'section', section: 'home', locale })}>{t.toHome}</a>
      </p>
    </>,
  );
}

export function badRequestPage(view: View, issues: QueryIssue[]) {
  const { t } = view;
  return renderPage(
    view,
    { title: t.badRequestTitle, description: t.badRequestText },
    <>
      <h1>{t.badRequestTitle}</h1>
      <div className="error-summary" role="alert">
        <p>{t.badRequestText}</p>
        <ul>
          {issues.map((issue, index) => (
            <li key={index}>
              <strong>{issue.path.join('.') || '—'}</strong>: {issue.message}
            </li>
          ))}
        </ul>
      </div>
      <p>
        <a href={href(view, view.page)}>{t.clearFilters}</a>
      </p>
    </>,
  );
}
