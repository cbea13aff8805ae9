/**
 * An `updateComplete` that also waits for work an update started and then re-renders for (lazily
 * loaded code, a formatter built in a task of its own): resolves once `pending()` is empty and the
 * update it asked for is done. `update` is the element's own `super.getUpdateComplete`.
 */
export async function completeAfter(
  update: () => Promise<boolean>,
  pending: () => Promise<unknown> | undefined,
): Promise<boolean> {
  let done = await update();
  for (let work = pending(); work; work = pending()) {
    await work;
    done = await update();
  }
  return done;
}
