import { InFlight } from '../../src/slack/in-flight';

type Next = () => Promise<void>;

/** Runs the middleware around `work`, as Bolt would around the listeners. */
function around(inFlight: InFlight, work: Next): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: only `next` is read; the rest of Bolt's arguments are not needed
  return inFlight.middleware({ next: work } as any);
}

const later = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('requests in flight', () => {
  it('is drained at once when nothing is in flight', async () => {
    await expect(new InFlight().drained(1000)).resolves.toBe(true);
  });

  it('counts a request until its listeners finish, and drains after it', async () => {
    const inFlight = new InFlight();
    let finished = false;
    const request = around(inFlight, async () => {
      await later(50);
      finished = true;
    });
    expect(inFlight.size).toBe(1);
    await expect(inFlight.drained(2000)).resolves.toBe(true);
    expect(finished).toBe(true);
    expect(inFlight.size).toBe(0);
    await request;
  });

  it('stops counting a request whose listener failed', async () => {
    const inFlight = new InFlight();
    await expect(
      around(inFlight, async () => {
        throw new Error('listener failed');
      }),
    ).rejects.toThrow('listener failed');
    expect(inFlight.size).toBe(0);
  });

  it('gives up waiting after the timeout', async () => {
    const inFlight = new InFlight();
    const request = around(inFlight, () => later(300));
    await expect(inFlight.drained(20)).resolves.toBe(false);
    await request;
  });
});
