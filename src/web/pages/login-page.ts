import { html, type SafeHtml } from './html.js';

/* The login form (outside the layout: there is no session yet). */

export function loginPage(next: string, message?: string): SafeHtml {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in · veille</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main><h1>veille review</h1>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/login" class="inline" id="login-form">
<input type="hidden" name="next" value="${next}">
<label>Access token <input type="password" name="token" id="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Log in</button></form></main></body></html>`;
}
