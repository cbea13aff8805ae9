import { FontSizeControl } from './font-size-control/font-size-control.js';
import { define } from './internal/define.js';

define('font-size-control', FontSizeControl);

export { FontSizeControl };
