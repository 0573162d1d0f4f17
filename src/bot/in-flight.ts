/** Work in flight, per platform, so shutdown (and one adapter's stop) can wait for it to finish. */
export interface InFlight {
  /** Remembers `work` until it settles; returns it. */
  track<T>(platform: string, work: Promise<T>): Promise<T>;
  /** Resolves when the work in flight (one platform's, or all) is done, or after `timeoutMs`. */
  drain(timeoutMs: number, platform?: string): Promise<void>;
  count(platform?: string): number;
}

export function createInFlight(): InFlight {
  const pending = new Map<Promise<unknown>, string>();
  const of = (platform?: string) => [...pending].filter(([, p]) => platform === undefined || p === platform).map(([work]) => work);
  return {
    track(platform, work) {
      pending.set(work, platform);
      const done = () => pending.delete(work);
      work.then(done, done);
      return work;
    },
    async drain(timeoutMs, platform) {
      const deadline = Date.now() + timeoutMs;
      // Work that starts while draining (a reply's follow-up) is waited for too.
      for (let works = of(platform); works.length > 0 && Date.now() < deadline; works = of(platform)) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
        await Promise.race([Promise.allSettled(works), timeout]);
        clearTimeout(timer);
      }
    },
    count: (platform) => of(platform).length,
  };
}
