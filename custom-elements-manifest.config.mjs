/**
 * Internal reactive state is declared in `static properties` with `state: true`; the analyzer reads
 * every entry there as an attribute, so this drops the attributes of private members (a state has
 * no attribute: Lit never reads or writes one for it).
 */
function dropPrivateStateAttributes() {
  return {
    name: 'portal-drop-private-state-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (!hidden.size || !decl.attributes) continue;
          decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const m of decl.members) if (hidden.has(m.name)) delete m.attribute;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/**/*.styles.ts', 'src/**/strings.ts'],
  litelement: true,
  packagejson: false,
  plugins: [dropPrivateStateAttributes()],
};
