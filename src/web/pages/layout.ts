import { html, type Child, type SafeHtml } from './html.js';

/* The frame of every page: navigation, the CSRF token for scripts, one stylesheet and one script (no inline code: CSP). */

export interface PageContext {
  readonly csrf: string;
  readonly actor: string;
  /** True when a token protects the app (a logout button makes sense). */
  readonly authenticated: boolean;
}

const NAV: readonly (readonly [string, string])[] = [
  ['/queue', 'Queue'],
  ['/entities', 'Entities'],
  ['/timeline', 'Timeline'],
  ['/map', 'Map'],
  ['/audit', 'Audit log'],
  ['/export', 'Export'],
];

export function layout(page: PageContext, title: string, body: Child): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${page.csrf}">
<title>${title} · veille</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
<a class="brand" href="/queue">veille</a>
<nav>${NAV.map(([href, label]) => html`<a href="${href}">${label}</a>`)}</nav>
<span class="who">${page.actor}</span>
${page.authenticated ? html`<form method="post" action="/logout" class="inline">${csrfField(page)}<button type="submit">Log out</button></form>` : ''}
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

export function csrfField(page: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${page.csrf}">`;
}
