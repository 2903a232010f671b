import { html, type SafeHtml } from './html.js';

/* A page for errors, outside the layout (there may be no session to fill it). */

export function errorPage(status: number, message: string): SafeHtml {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${status} · veille</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main><h1>${status}</h1><p class="error">${message}</p><p><a href="/queue">Back to the queue</a></p></main></body></html>`;
}
