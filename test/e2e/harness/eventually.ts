/** Retries `check` (an expectation that throws, or a predicate) every 20 ms until it passes or `ms` is up. */
export async function eventually<T>(check: () => T | Promise<T>, ms = 3000): Promise<Exclude<T, false>> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result as Exclude<T, false>;
      if (Date.now() > deadline) throw new Error(`still false after ${ms} ms`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
