// A page per element: every example of demo/examples/<tag>.ts in its state, then the element's API.
import { html, nothing, render } from 'lit';
import { apiTemplate, elementDoc, prose } from './api-docs.js';
import type { Example } from './examples/types.js';
import { currentLang } from './shell.js';

const modules = import.meta.glob<{ examples: Example[] }>(['./examples/*.ts', '!./examples/types.ts']);
const tag = document.body.dataset.element ?? '';
const target = document.querySelector<HTMLElement>('#examples')!;
let examples: Example[] | null = null;

const none = { vi: 'Chưa có ví dụ nào cho phần tử này.', en: 'This element has no examples yet.' };
const examplesTitle = { vi: 'Các trạng thái', en: 'States' };

function draw() {
  const lang = currentLang();
  const summary = elementDoc(tag)?.summary;
  render(
    html`${summary ? html`<p class="lead">${prose(summary)}</p>` : nothing}
      <h2>${examplesTitle[lang]}</h2>
      ${
        examples?.length
          ? examples.map(
              (ex) =>
                html`<section class="example" id=${ex.id} aria-labelledby=${`${ex.id}-title`}>
                  <h3 id=${`${ex.id}-title`}>${ex.title[lang]}</h3>
                  <div class="stage" .innerHTML=${ex.html}></div>
                  ${
                    ex.onDemand
                      ? html`<button type="button" class="on-demand" @click=${() => setUp(ex)}>
                          ${ex.onDemand[lang]}
                        </button>`
                      : nothing
                  }
                </section>`,
            )
          : html`<p class="notice">${none[lang]}</p>`
      }
      <section class="api">${apiTemplate(tag, lang)}</section>`,
    target,
  );
}

// Waits for the elements in `stage` to upgrade and render (a tag not built yet is given up on).
async function settle(stage: Element) {
  const tags = new Set([...stage.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')));
  const timeout = new Promise((r) => setTimeout(r, 3000));
  await Promise.race([Promise.all([...tags].map((t) => customElements.whenDefined(t))), timeout]);
  const updates = [...stage.querySelectorAll('*')].map(
    (el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete,
  );
  await Promise.all(updates.filter(Boolean));
}

/** Puts one example into its state, once its elements have rendered. */
async function setUp(ex: Example) {
  const stage = document.getElementById(ex.id)?.querySelector<HTMLElement>('.stage');
  if (!stage || !ex.setup) return;
  await settle(stage);
  try {
    await ex.setup(stage);
  } catch (err) {
    console.error(`Example ${tag}#${ex.id} could not be set up`, err);
  }
}

async function start() {
  const load = modules[`./examples/${tag}.ts`];
  examples = load ? (await load()).examples : [];
  draw();
  document.addEventListener('demo-lang', draw);
  // A state that takes over the page waits for its button, unless the page was opened at its anchor.
  for (const ex of examples) if (!ex.onDemand || location.hash === `#${ex.id}`) await setUp(ex);
  document.body.dataset.ready = 'true';
}
void start();
