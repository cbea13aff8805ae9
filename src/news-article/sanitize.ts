import DOMPurify, { type Config } from 'dompurify';

/** The Trusted Types policy name DOMPurify parses article HTML with; allow it in `trusted-types`. */
export const POLICY_NAME = 'portal-elements';

// The few Trusted Types shapes used here (TypeScript's DOM library does not declare them yet).
interface Policy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): Policy;
}

let policy: Policy | null | undefined;

// Created once: Trusted Types refuse a second policy with the same name under `trusted-types … 'none'`.
function trustedPolicy() {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  try {
    // DOMPurify only feeds this policy to an inert DOMParser document; nothing it makes is inserted.
    policy = factory?.createPolicy(POLICY_NAME, { createHTML: (s) => s, createScriptURL: (s) => s }) ?? null;
  } catch (err) {
    console.warn(`portal-elements: Trusted Types policy "${POLICY_NAME}" is not allowed`, err);
    policy = null;
  }
  return policy;
}

const config: Config = {
  RETURN_DOM_FRAGMENT: true,
  // Nothing that could restyle the element, submit, navigate the page or load a frame.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'base', 'link', 'meta'],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action'],
};

/**
 * Parses `dirty` article HTML into a fragment holding only safe markup; always a fragment, empty when
 * nothing safe is left. Only `src` mode's lazy chunk (article-loader.ts) imports this, so pages that only
 * enhance server-rendered articles never download DOMPurify.
 */
export function sanitize(dirty: string): DocumentFragment {
  const trusted = trustedPolicy();
  const clean: unknown = DOMPurify.sanitize(dirty, {
    ...config,
    ...(trusted ? { TRUSTED_TYPES_POLICY: trusted as Config['TRUSTED_TYPES_POLICY'] } : {}),
    RETURN_DOM_FRAGMENT: true,
  });
  // DOMPurify answers null for a document without a body (only a <frameset>), and the dirty string
  // itself where it cannot run: both mean no safe markup, an empty body rather than a failed article.
  return clean instanceof DocumentFragment ? clean : document.createDocumentFragment();
}
