import { closestComposed } from './dom.js';

/** What `<news-article>` offers to the controls that aim at its body. */
export interface ArticleBodyProvider extends HTMLElement {
  /** The element holding the article body (light DOM or loaded content), or null before it exists. */
  readonly articleBody: HTMLElement | null;
}

/**
 * The element a control acts on: the element whose id is `forId` (looked up in the control's own
 * tree first, then the document), else the body of the closest `<news-article>`, else null.
 */
export function findTarget(host: Element, forId: string | null | undefined): HTMLElement | null {
  if (forId) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const inRoot = typeof root.getElementById === 'function' ? root.getElementById(forId) : null;
    return (inRoot ?? host.ownerDocument.getElementById(forId)) as HTMLElement | null;
  }
  const article = closestComposed<ArticleBodyProvider>(host, 'news-article');
  if (!article) return null;
  return 'articleBody' in article && article.articleBody ? article.articleBody : article;
}
