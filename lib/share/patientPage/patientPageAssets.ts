import crypto from 'node:crypto'

/**
 * The patient page's only style sheet and only script, inlined so a phone on
 * a weak connection needs one request, and allowed by the CSP by their
 * SHA-256 hashes: nothing else can run or restyle the page (CSP Level 3,
 * hash-source). System fonts only: no third-party request of any kind.
 * Sides are logical (`inline-start`, not `left`), so a right-to-left language
 * mirrors the page without a second style sheet.
 */
export const PATIENT_PAGE_CSS = `
:root{--ink:#1c2430;--ink-soft:#4a5566;--paper:#fff;--canvas:#f4f6f8;--line:#d5dbe3;--accent:#0b6e4f;--accent-ink:#fff;--warn:#8a3b00;--warn-soft:#fff1e0;--danger:#a11a1a;--focus:#1a5fd6}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.2rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Atkinson Hyperlegible",Arial,sans-serif;overflow-wrap:anywhere}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--focus);outline-offset:3px}
.skip-link{position:absolute;inset-inline-start:-999px;top:0;background:var(--paper);color:var(--ink);padding:.75rem 1rem;z-index:10;border:2px solid var(--focus)}
.skip-link:focus{inset-inline-start:.5rem;top:.5rem}
.patient-header{border-bottom:4px solid var(--accent);background:var(--paper)}
.patient-header p{max-width:44rem;margin:0 auto;padding:.9rem 1rem;font-weight:700;font-size:1.15rem}
main{display:block;max-width:44rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .5rem}
h3{font-size:1.2rem;margin:1.5rem 0 .5rem}
.meta,.muted{color:var(--ink-soft)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.25rem 0}
.button,button{font:inherit;font-weight:600;cursor:pointer;border-radius:8px;border:2px solid var(--accent);background:var(--accent);color:var(--accent-ink);padding:.65rem 1.2rem;min-height:48px;text-decoration:none;display:inline-flex;align-items:center}
.button--secondary{background:var(--paper);color:var(--accent)}
[hidden]{display:none!important}
.warning-signs{border:3px solid var(--danger);border-radius:10px;padding:.9rem 1.1rem;margin:1rem 0}
.warning-tier h3{display:flex;align-items:center;gap:.5rem;color:var(--danger);margin:1rem 0 .25rem}
.warning-tier h3 a{color:inherit}
.warning-tier__icon{flex:none;width:1.5rem;height:1.5rem}
.warning-tier__reason{display:block;color:var(--ink-soft);font-size:.95em}
.warning-tier ul{margin:.25rem 0 .75rem}
.instructions{background:var(--warn-soft);border-inline-start:6px solid var(--warn);border-radius:6px;padding:.9rem 1.1rem;margin:1rem 0}
.instructions h2{margin-top:0}
.main-message{border:3px solid var(--accent);border-radius:10px;padding:.9rem 1.1rem;margin:1rem 0}
.main-message h2{margin-top:0;color:var(--accent)}
.main-message__title{font-weight:700;margin:.75rem 0 .25rem}
.main-message__text{font-weight:700;font-size:1.1em;margin:.25rem 0}
.main-message__summary{margin:.25rem 0}
.contact{margin-top:2.5rem;padding-top:1rem;border-top:1px solid var(--line)}
label{display:block;font-weight:700;margin:1rem 0 .25rem}
.hint{display:block;color:var(--ink-soft);margin-bottom:.5rem}
input{font:inherit;font-size:1.4rem;letter-spacing:.15em;width:100%;max-width:14rem;padding:.6rem .7rem;border:2px solid #5d6776;border-radius:8px;background:var(--paper);color:var(--ink)}
input[aria-invalid=true]{border-color:var(--danger)}
.error{border:2px solid var(--danger);background:#fdecec;color:#6b1010;border-radius:8px;padding:.75rem 1rem;margin:1rem 0;font-weight:600}
@media (min-width:48rem){body{font-size:1.25rem}h1{font-size:2.2rem}}
@media print{
body{font-size:12pt;color:#000}
.skip-link,.no-print{display:none!important}
main{max-width:none;padding:0}
a{color:#000}
.main-message,.instructions,.warning-signs{break-inside:avoid}
}
.warning-signs{border:3px solid #8a1414;background:#fdf0ef;border-radius:8px;padding:.75rem 1.25rem;margin:1rem 0 1.5rem}
.warning-signs h2{color:#8a1414;margin-top:.25rem}
.tips{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.tips__label{font-weight:700;margin:0 0 .25rem}
.block-image{max-width:100%;height:auto;border-radius:6px}
.block-figure{margin:0 0 1rem}
.block-figure figcaption{color:var(--ink-soft);font-size:.95rem;margin-top:.25rem}
.follow-up{margin-top:1.5rem;padding:.9rem 1.1rem;border:2px solid var(--accent);border-radius:8px}
.follow-up h2{margin-top:0}
main.large-print{font-size:1.45rem}
main.large-print h1{font-size:2.2rem}
.patient-header__logo{vertical-align:middle;margin-inline-end:.6rem}
.language-note{border:2px dashed var(--ink-soft);border-radius:8px;padding:.6rem .9rem;margin:1.5rem 0 .5rem;font-weight:600}
.language-note+div>h2{margin-top:.5rem}
.other-language{margin-top:2.5rem;padding-top:1rem;border-top:1px solid var(--line)}
.other-language h2{margin-top:0}
.check-part{margin-top:2rem;padding-top:.5rem;border-top:2px solid var(--line)}
.check-form{margin:1rem 0 2rem}
.check-question{border:0;padding:0;margin:1.25rem 0;min-width:0}
.check-question legend{font-weight:700;padding:0;margin-bottom:.5rem}
.check-number{color:var(--ink-soft)}
.check-option{display:flex;align-items:center;gap:.75rem;min-height:48px;margin:.25rem 0}
.check-option input{flex:none;width:1.6rem;height:1.6rem;max-width:none;margin:0;padding:0;accent-color:var(--accent)}
.check-option label{display:block;font-weight:400;margin:0;padding:.4rem 0;flex:1}
.check-question:has([aria-invalid=true]){border-inline-start:5px solid var(--danger);padding-inline-start:.9rem}
.field-error{color:var(--danger);font-weight:700;margin:.25rem 0}
.check-feedback{border-radius:8px;padding:.6rem .9rem;margin:.75rem 0 0;border-inline-start:6px solid}
.check-feedback p{margin:.25rem 0}
.check-feedback--right{border-color:var(--accent);background:#e8f5ef}
.check-feedback--wrong{border-color:var(--warn);background:var(--warn-soft)}
.check-result{border:2px solid var(--accent);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.check-result p{margin:0}
.error-summary{border:3px solid var(--danger);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.error-summary__title{font-weight:700;margin:0 0 .25rem}
.error-summary ul{margin:0;padding-inline-start:1.25rem}
.error-summary a{color:var(--danger);font-weight:700}
`.trim()

/** Reveals the Print button only where it can work: without JavaScript it stays hidden. */
export const PATIENT_PAGE_SCRIPT = `document.querySelectorAll('[data-print]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){window.print()})})`

function cspHash(source: string): string {
  return `'sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}'`
}

export const PATIENT_PAGE_STYLE_HASH = cspHash(PATIENT_PAGE_CSS)
export const PATIENT_PAGE_SCRIPT_HASH = cspHash(PATIENT_PAGE_SCRIPT)
