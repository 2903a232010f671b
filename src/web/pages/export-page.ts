import { html, type SafeHtml } from './html.js';
import { layout, type PageContext } from './layout.js';

export function exportPage(page: PageContext): SafeHtml {
  return layout(page, 'Export', html`<p>Accepted and edited records, with their parties and signatories.</p>
<ul class="downloads"><li><a id="export-csv" href="/api/export?format=csv" download>events.csv</a></li>
<li><a id="export-jsonl" href="/api/export?format=jsonl" download>events.jsonl</a></li></ul>
<p>The same records from the command line: <code>veille records</code>.</p>`);
}
