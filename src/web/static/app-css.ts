/* The app's stylesheet, served as /static/app.css. */
export const APP_CSS = `
:root { --ink: #1f2d3d; --muted: #64748b; --line: #d8dee6; --accent: #1f4e79; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafbfc; }
header.top { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.2rem; background: var(--accent); color: #fff; }
header.top a { color: #fff; text-decoration: none; margin-right: 1rem; }
header.top .brand { font-weight: 700; font-size: 1.1rem; }
header.top .who { margin-left: auto; opacity: .8; }
main { padding: 1rem 1.5rem; max-width: 1200px; }
h1 { font-size: 1.4rem; margin: .4rem 0 1rem; }
h2 { font-size: 1.1rem; margin-top: 1.6rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
tr.row { cursor: pointer; }
tr.row:hover, tr.row.selected { background: #eef4fb; outline: 2px solid #9cc3e6; }
tr.row.failed { background: #fdecea; }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin-bottom: 1rem; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .78rem; background: #e2e8f0; }
.b-pending { background: #fff3cd; } .b-accepted { background: #d4edda; } .b-rejected { background: #f8d7da; } .b-edited { background: #d1ecf1; }
.hint, .legend, small { color: var(--muted); font-size: .85rem; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; background: #fff; }
.doc-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: 1rem; line-height: 1.7; max-width: 80ch; }
.mention { text-decoration: none; color: inherit; border-bottom: 2px solid; padding: 0 1px; }
.m-ORG { border-color: #1f77b4; background: #e8f1fa; } .m-PERSON { border-color: #9467bd; background: #f3edf9; }
.m-PLACE { border-color: #2ca02c; background: #eaf6ea; } .m-DATE { border-color: #ff7f0e; background: #fff2e6; }
mark.evidence, .mention.evidence { background: #fff59d; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; word-break: break-all; }
form.editor { display: grid; grid-template-columns: 1fr 1fr; gap: .7rem 1.2rem; max-width: 900px; background: #fff; padding: 1rem; border: 1px solid var(--line); }
form.editor label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
form.editor input, form.editor select, form.editor textarea { font: inherit; color: var(--ink); padding: .3rem; }
form.inline { display: inline-block; margin: .2rem .5rem .2rem 0; }
button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); border-radius: 4px; cursor: pointer; }
button.accept { background: #2e7d32; border-color: #2e7d32; color: #fff; }
button.reject { background: #c62828; border-color: #c62828; color: #fff; }
.decisions { margin: .5rem 0 1rem; }
.notice { background: #d4edda; padding: .4rem .8rem; border-radius: 4px; }
.error { color: #c62828; }
.empty { color: var(--muted); font-style: italic; }
.pager a { margin-right: 1rem; }
svg.world, svg.timeline { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
pre { white-space: pre-wrap; font-size: .78rem; max-width: 40ch; }
ul.mentions li, ul.evidence-list li { margin-bottom: .4rem; }
`;
