// API reference rendered from custom-elements.json (generated from the source's doc comments by
// `npm run analyze`), so the demo's docs never drift from the code.
import { html, nothing, type TemplateResult } from 'lit';
import manifestText from '../custom-elements.json?raw';
import type { Lang } from './shell.js';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Attribute extends Named {
  fieldName?: string;
}
export interface ElementDoc {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const manifest = JSON.parse(manifestText) as { modules: { path: string; declarations?: ElementDoc[] }[] };

/** The manifest entry of `tag`, found by tag name or by the module `src/<tag>/<tag>.ts`. */
export function elementDoc(tag: string): ElementDoc | undefined {
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && (decl.tagName === tag || mod.path === `src/${tag}/${tag}.ts`)) return decl;
    }
  }
  return undefined;
}

const labels = {
  vi: {
    attributes: 'Thuộc tính HTML (attribute)',
    properties: 'Thuộc tính JavaScript (property)',
    methods: 'Phương thức',
    events: 'Sự kiện',
    slots: 'Khe (slot)',
    parts: 'Phần tạo kiểu (::part)',
    cssProperties: 'Biến CSS',
    name: 'Tên',
    property: 'Property',
    type: 'Kiểu',
    default: 'Mặc định',
    description: 'Mô tả',
    defaultSlot: '(mặc định)',
    missing: 'Chưa có trong custom-elements.json: chạy `npm run analyze`.',
  },
  en: {
    attributes: 'Attributes',
    properties: 'Properties',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    parts: 'CSS parts',
    cssProperties: 'CSS custom properties',
    name: 'Name',
    property: 'Property',
    type: 'Type',
    default: 'Default',
    description: 'Description',
    defaultSlot: '(default)',
    missing: 'Not in custom-elements.json yet: run `npm run analyze`.',
  },
};

type Column<T> = [heading: keyof (typeof labels)['vi'], cell: (row: T) => unknown];

function table<T>(id: string, title: string, rows: T[] | undefined, columns: Column<T>[], lang: Lang) {
  if (!rows?.length) return nothing;
  const l = labels[lang];
  return html`<h3 id=${id}>${title}</h3>
    <div class="table-wrap">
      <table aria-labelledby=${id}>
        <thead>
          <tr>
            ${columns.map(([h]) => html`<th scope="col">${l[h]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${columns.map(([, cell]) => html`<td>${cell(row)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

const code = (text?: string) => (text ? html`<code>${text}</code>` : nothing);
/** Doc text with its `backticked` spans shown as code (as text: never parsed as HTML). */
export const prose = (text = '') => text.split('`').map((piece, i) => (i % 2 ? html`<code>${piece}</code>` : piece));

/** The API reference of one element, with headings at `level` (h2 for the tag, h3 for tables). */
export function apiTemplate(tag: string, lang: Lang): TemplateResult {
  const l = labels[lang];
  const doc = elementDoc(tag);
  const heading = html`<h2 id=${`api-${tag}`}><code>&lt;${tag}&gt;</code></h2>`;
  if (!doc)
    return html`${heading}
      <p>${prose(l.missing)}</p>`;
  const members = (doc.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method' && m.description);
  const name = (n: Named) => code(n.name);
  const described = (n: Named) => prose(n.description);
  const id = (part: string) => `api-${tag}-${part}`;
  return html`${heading} ${doc.summary ? html`<p>${doc.summary}</p>` : nothing}
  ${table(
    id('attributes'),
    l.attributes,
    doc.attributes,
    [
      ['name', name],
      ['property', (a) => code(a.fieldName)],
      ['type', (a) => code(a.type?.text)],
      ['default', (a) => code(a.default)],
      ['description', described],
    ],
    lang,
  )}
  ${table(
    id('properties'),
    l.properties,
    fields,
    [
      ['name', name],
      ['type', (f) => code(f.type?.text)],
      ['default', (f) => code(f.default)],
      ['description', described],
    ],
    lang,
  )}
  ${table(
    id('methods'),
    l.methods,
    methods,
    [
      ['name', (m) => code(`${m.name}()`)],
      ['description', described],
    ],
    lang,
  )}
  ${table(
    id('events'),
    l.events,
    doc.events,
    [
      ['name', name],
      ['description', described],
    ],
    lang,
  )}
  ${table(
    id('slots'),
    l.slots,
    doc.slots,
    [
      ['name', (s) => (s.name ? code(s.name) : l.defaultSlot)],
      ['description', described],
    ],
    lang,
  )}
  ${table(
    id('parts'),
    l.parts,
    doc.cssParts,
    [
      ['name', name],
      ['description', described],
    ],
    lang,
  )}
  ${table(
    id('css'),
    l.cssProperties,
    doc.cssProperties,
    [
      ['name', name],
      ['description', described],
    ],
    lang,
  )}`;
}

export const TAGS = ['news-article', 'abbr-toggle', 'font-size-control', 'star-rating', 'date-search'];
