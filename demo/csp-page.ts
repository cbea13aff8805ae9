// csp.html: the elements under a strict policy, with a visible count of policy violations.
import { currentLang } from './shell.js';

let count = 0;
const output = document.querySelector<HTMLElement>('#violations')!;
const show = () => {
  const text =
    currentLang() === 'en'
      ? `Content-Security-Policy violations on this page: ${count}`
      : `Số vi phạm Content-Security-Policy trên trang: ${count}`;
  output.textContent = text;
  output.dataset.vi = `Số vi phạm Content-Security-Policy trên trang: ${count}`;
  output.dataset.en = `Content-Security-Policy violations on this page: ${count}`;
};
document.addEventListener('securitypolicyviolation', (event) => {
  count += 1;
  console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
  show();
});
document.addEventListener('demo-lang', show);
document.querySelector('news-article[src]')?.addEventListener('news-article-load', () => {
  document.body.dataset.ready = 'true';
});
