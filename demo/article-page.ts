// The article page in src mode: ?id= picks the article the reference API serves.
const ID = /^[\p{L}\p{N}_.:-]{1,100}$/u;
const id = new URLSearchParams(location.search).get('id');
const article = document.querySelector('news-article')!;
article.setAttribute('src', `/api/articles/${encodeURIComponent(id && ID.test(id) ? id : 'hn-2019-11-18-grdp')}`);
article.addEventListener('news-article-load', () => (document.body.dataset.ready = 'true'));
// Registered after src is set, so the element starts in src mode.
void import('./shell.js');
