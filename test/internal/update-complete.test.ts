import { expect } from '@open-wc/testing';
import { completeAfter } from '../../src/internal/update-complete.js';

describe('completeAfter', () => {
  it('resolves with the update at once when nothing is pending', async () => {
    let updates = 0;
    const done = await completeAfter(
      async () => (updates++, true),
      () => undefined,
    );
    expect(done).to.equal(true);
    expect(updates).to.equal(1);
  });

  it('waits for pending work, again for work that work started, then for the update after it', async () => {
    const order: string[] = [];
    let queue = [1, 2];
    let current: Promise<void> | undefined;
    const pending = () => {
      if (!current && queue.length) {
        const n = queue[0];
        current = new Promise<void>((resolve) =>
          setTimeout(() => {
            order.push(`work ${n}`);
            queue = queue.slice(1);
            current = undefined;
            resolve();
          }),
        );
      }
      return current;
    };
    const done = await completeAfter(async () => {
      order.push('update');
      return order.length < 5;
    }, pending);
    expect(order).to.deep.equal(['update', 'work 1', 'update', 'work 2', 'update']);
    // The last update's answer is the one returned.
    expect(done).to.equal(false);
  });
});
