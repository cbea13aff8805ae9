/**
 * Scales a target's text through one inline `font-size` (plus `--portal-text-scale`), shared by every
 * control aiming at the same element, and puts the target's own inline style back when the last one lets go.
 */
interface Scaled {
  base: string;
  original: string;
  priority: string;
  hadStyle: boolean;
  users: Set<object>;
}

const scaled = new WeakMap<HTMLElement, Scaled>();

/** The target's unscaled size: its inline font-size, else its computed size relative to its parent, in %. */
function baseSize(target: HTMLElement): string {
  const inline = target.style.getPropertyValue('font-size');
  if (inline) return inline;
  const parent = target.parentElement ?? (target.parentNode as ShadowRoot | null)?.host;
  if (!parent) return '100%';
  const own = parseFloat(getComputedStyle(target).fontSize);
  const inherited = parseFloat(getComputedStyle(parent).fontSize);
  const ratio = own > 0 && inherited > 0 ? own / inherited : 1;
  return `${Math.round(ratio * 1e4) / 100}%`;
}

/** Sets `target`'s text to `percent` % of its own size on behalf of `user`; 100 lets go. */
export function scaleTarget(target: HTMLElement, user: object, percent: number): void {
  if (percent === 100) {
    releaseTarget(target, user);
    return;
  }
  let entry = scaled.get(target);
  if (!entry) {
    entry = {
      base: baseSize(target),
      original: target.style.getPropertyValue('font-size'),
      priority: target.style.getPropertyPriority('font-size'),
      hadStyle: target.hasAttribute('style'),
      users: new Set(),
    };
    scaled.set(target, entry);
  }
  entry.users.add(user);
  const factor = percent / 100;
  target.style.setProperty('font-size', `calc(${entry.base} * ${factor})`, entry.priority);
  target.style.setProperty('--portal-text-scale', String(factor));
}

/** Stops scaling for `user`; the last user restores the target's previous inline style. */
export function releaseTarget(target: HTMLElement, user: object): void {
  const entry = scaled.get(target);
  if (!entry?.users.delete(user) || entry.users.size) return;
  scaled.delete(target);
  if (entry.original) target.style.setProperty('font-size', entry.original, entry.priority);
  else target.style.removeProperty('font-size');
  target.style.removeProperty('--portal-text-scale');
  // Reading the attribute first makes Chromium write its lazily updated value now, not after the removal.
  if (!entry.hadStyle && !target.style.length && target.getAttribute('style') !== null) target.removeAttribute('style');
}
