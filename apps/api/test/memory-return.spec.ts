import { majorCollection, MemoryReturn } from '../src/collaboration/memory-return';

describe('giving the memory of unloaded documents back', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('collects once, after many unloads and a quiet spell, and not for a few', () => {
    const collect = jest.fn();
    const memory = new MemoryReturn(collect, () => 0, { minUnloads: 3, quietMs: 1000 });
    memory.noteUnload();
    memory.noteUnload();
    jest.advanceTimersByTime(5000);
    expect(collect).not.toHaveBeenCalled(); // two are not worth a collection

    memory.noteUnload(); // the third
    jest.advanceTimersByTime(900);
    memory.noteUnload(); // still unloading: wait on
    jest.advanceTimersByTime(900);
    expect(collect).not.toHaveBeenCalled();
    jest.advanceTimersByTime(200);
    expect(collect).toHaveBeenCalledTimes(1);

    // Counting starts again.
    memory.noteUnload();
    jest.advanceTimersByTime(5000);
    expect(collect).toHaveBeenCalledTimes(1);
    memory.stop();
  });

  it('does nothing when no collection is available, and stops cleanly', () => {
    const memory = new MemoryReturn(null, () => 0, { minUnloads: 1, quietMs: 10 });
    memory.noteUnload();
    jest.advanceTimersByTime(100);
    const collect = jest.fn();
    const stopped = new MemoryReturn(collect, () => 0, { minUnloads: 1, quietMs: 10 });
    stopped.noteUnload();
    stopped.stop();
    stopped.noteUnload(); // an unload that finishes during shutdown
    jest.advanceTimersByTime(100);
    expect(collect).not.toHaveBeenCalled();
  });

  it('leaves a busy instance alone: no full collection while many documents stay loaded', () => {
    const collect = jest.fn();
    let loaded = 3000;
    const memory = new MemoryReturn(collect, () => loaded, { minUnloads: 100, quietMs: 1000 });
    for (let i = 0; i < 100; i++) memory.noteUnload();
    jest.advanceTimersByTime(2000);
    expect(collect).not.toHaveBeenCalled();
    // A class leaves: 500 unloads, 90 documents left.
    loaded = 90;
    for (let i = 0; i < 500; i++) memory.noteUnload();
    jest.advanceTimersByTime(2000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('gets V8’s full collection without --expose-gc', () => {
    jest.useRealTimers();
    const gc = majorCollection();
    expect(gc).toEqual(expect.any(Function));
    expect(() => gc!()).not.toThrow();
  });
});
