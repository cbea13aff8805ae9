import { expect } from '@open-wc/testing';
import { jsonObjectAttribute } from '../../src/internal/json-attribute.js';

describe('jsonObjectAttribute', () => {
  const read = (value: string | null) => jsonObjectAttribute.fromAttribute!(value, Object);

  it('reads a JSON object', () => {
    expect(read('{"label": "Bình chọn"}')).to.deep.equal({ label: 'Bình chọn' });
  });

  it('gives null, without throwing, for a missing, malformed or non-object value', () => {
    for (const value of [null, '', '{oops', '[1, 2]', '"text"', '42', 'null']) {
      expect(read(value), String(value)).to.equal(null);
    }
  });
});
