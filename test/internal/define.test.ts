import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  it('registers a tag and returns its constructor', () => {
    class DefineOnce extends HTMLElement {}
    expect(define('test-define-once', DefineOnce)).to.equal(DefineOnce);
    expect(customElements.get('test-define-once')).to.equal(DefineOnce);
  });

  it('skips quietly when the same class is defined twice', () => {
    class DefineTwice extends HTMLElement {}
    define('test-define-twice', DefineTwice);
    const warn = console.warn;
    let warned = 0;
    console.warn = () => warned++;
    try {
      expect(() => define('test-define-twice', DefineTwice)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.equal(0);
  });

  it('keeps the first class, with a warning, when another copy defines the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('test-define-copies', First);
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (m: string) => messages.push(m);
    try {
      expect(define('test-define-copies', Second)).to.equal(First);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-define-copies')).to.equal(First);
    expect(messages.join()).to.contain('<test-define-copies>');
  });

  it('lets a page register a class under another name', () => {
    class Renamed extends HTMLElement {}
    define('test-define-a', Renamed);
    // A subclass is how the same behaviour goes under a second tag (a class can own one tag only).
    define('test-define-b', class extends Renamed {});
    expect(document.createElement('test-define-b')).to.be.instanceOf(Renamed);
  });
});
