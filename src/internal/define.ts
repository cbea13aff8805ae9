/**
 * Registers a custom element once. Loading the bundle twice, or two copies of the package, never
 * throws: the same class is skipped quietly, another class under a taken tag is skipped with a warning.
 * Returns the constructor that now owns the tag.
 */
export function define(tag: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return ctor;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`portal-elements: <${tag}> is already defined by another class; keeping the first one.`);
    }
    return existing;
  }
  registry.define(tag, ctor);
  return ctor;
}
