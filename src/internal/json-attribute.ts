import type { ComplexAttributeConverter } from 'lit';

/**
 * Reads an attribute holding a JSON object (e.g. `strings='{"label": "…"}'`). Unlike Lit's
 * `type: Object`, malformed JSON, arrays and primitives give `null` instead of throwing.
 */
export const jsonObjectAttribute: ComplexAttributeConverter<object | null> = {
  fromAttribute(value: string | null) {
    try {
      const parsed: unknown = value ? JSON.parse(value) : null;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  },
};
