import { expect } from '@open-wc/testing';
import { clearPref, readPref, subscribePref, writePref } from '../../src/internal/prefs.js';

const KEY = 'test-pref';

describe('preference store', () => {
  afterEach(() => clearPref(KEY));

  it('stores JSON values in localStorage under its prefix', () => {
    writePref(KEY, { size: 120 });
    expect(readPref(KEY)).to.deep.equal({ size: 120 });
    expect(localStorage.getItem(`portal-elements:${KEY}`)).to.equal('{"size":120}');
  });

  it('returns undefined for a missing or corrupted value', () => {
    expect(readPref(KEY)).to.equal(undefined);
    localStorage.setItem(`portal-elements:${KEY}`, '{not json');
    expect(readPref(KEY)).to.equal(undefined);
  });

  it('tells every subscriber on the page, and stops after unsubscribing', () => {
    const seen: unknown[] = [];
    const other: unknown[] = [];
    const off = subscribePref(KEY, (v) => seen.push(v));
    const offOther = subscribePref(KEY, (v) => other.push(v));
    writePref(KEY, 110);
    off();
    writePref(KEY, 130);
    offOther();
    expect(seen).to.deep.equal([110]);
    expect(other).to.deep.equal([110, 130]);
  });

  it('hears changes made in another tab (storage event)', () => {
    const seen: unknown[] = [];
    const off = subscribePref(KEY, (v) => seen.push(v));
    try {
      window.dispatchEvent(
        new StorageEvent('storage', { key: `portal-elements:${KEY}`, newValue: '150', oldValue: null }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else', newValue: '1' }));
      window.dispatchEvent(new StorageEvent('storage', { key: `portal-elements:${KEY}`, newValue: null }));
    } finally {
      off();
    }
    expect(seen).to.deep.equal([150, undefined]);
  });

  it('keeps working in memory when localStorage throws', () => {
    const proto = Storage.prototype;
    const saved = { get: proto.getItem, set: proto.setItem, remove: proto.removeItem };
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    proto.removeItem = proto.getItem;
    try {
      const seen: unknown[] = [];
      const off = subscribePref(KEY, (v) => seen.push(v));
      expect(() => writePref(KEY, true)).not.to.throw();
      expect(readPref(KEY)).to.equal(true);
      expect(() => clearPref(KEY)).not.to.throw();
      off();
      expect(seen).to.deep.equal([true, undefined]);
    } finally {
      proto.getItem = saved.get;
      proto.setItem = saved.set;
      proto.removeItem = saved.remove;
    }
  });

  it('does not let a throwing subscriber stop the others', () => {
    const seen: unknown[] = [];
    const error = console.error;
    console.error = () => {};
    const offBad = subscribePref(KEY, () => {
      throw new Error('bad listener');
    });
    const off = subscribePref(KEY, (v) => seen.push(v));
    try {
      writePref(KEY, 1);
    } finally {
      offBad();
      off();
      console.error = error;
    }
    expect(seen).to.deep.equal([1]);
  });
});
