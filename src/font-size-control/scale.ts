/**
 * Scales a target's text through one inline `font-size` (plus `--portal-text-scale`), shared by every
 * control aiming at the same element, and puts the target's own inline style back when the last one lets go.
 */
type Scaled = [base: string, font: string, priority: string, hadStyle: boolean, users: Set<object>];

const scaled = new WeakMap<HTMLElement, Scaled>();
const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

/** The target's unscaled size: its inline font-size, else its computed size relative to its parent, in %. */
function baseSize(target: HTMLElement): string {
  if (target.style.fontSize) return target.style.fontSize;
  const parent = target.parentElement ?? (target.parentNode as ShadowRoot | null)?.host;
  const ratio = parent ? px(target) / px(parent) : 1;
  return `${ratio > 0 && ratio < Infinity ? Math.round(ratio * 1e4) / 100 : 100}%`;
}

/** Sets `target`'s text to `percent` % of its own size on behalf of `user`; 100 lets go. */
export function scaleTarget(target: HTMLElement, user: object, percent: number): void {
  if (percent === 100) return releaseTarget(target, user);
  const { style } = target;
  let entry = scaled.get(target);
  if (!entry) {
    entry = [
      baseSize(target),
      style.fontSize,
      style.getPropertyPriority('font-size'),
      target.hasAttribute('style'),
      new Set(),
    ];
    scaled.set(target, entry);
  }
  entry[4].add(user);
  style.setProperty('font-size', `calc(${entry[0]} * ${percent / 100})`, entry[2]);
  style.setProperty('--portal-text-scale', `${percent / 100}`);
}

/** Stops scaling for `user`; the last user restores the target's previous inline style. */
export function releaseTarget(target: HTMLElement, user: object): void {
  const entry = scaled.get(target);
  if (!entry?.[4].delete(user) || entry[4].size) return;
  const { style } = target;
  scaled.delete(target);
  // An empty value removes the property.
  style.setProperty('font-size', entry[1], entry[2]);
  style.removeProperty('--portal-text-scale');
  // Reading the attribute first makes Chromium write its lazily updated value now, not after the removal.
  if (!entry[3] && !style.length && target.getAttribute('style') !== null) target.removeAttribute('style');
}
