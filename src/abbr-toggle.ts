import { AbbrToggle, type AbbrDictionary, type AbbrMode } from './abbr-toggle/abbr-toggle.js';
import { define } from './internal/define.js';

define('abbr-toggle', AbbrToggle);

export { AbbrToggle };
export type { AbbrDictionary, AbbrMode };
