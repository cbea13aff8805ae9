import { html, render } from 'lit';
import { TAGS, apiTemplate } from './api-docs.js';
import { currentLang } from './shell.js';

const target = document.querySelector<HTMLElement>('#api')!;
const draw = () =>
  render(html`${TAGS.map((tag) => html`<section class="api">${apiTemplate(tag, currentLang())}</section>`)}`, target);
draw();
document.addEventListener('demo-lang', draw);
