import { majorCollection, MemoryReturn } from '../src/collaboration/memory-return';

describe('giving the memory of unloaded documents back', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('collects once, after many unloads and a quiet spell, and not for a few', () => {
    const collect = jest.fn();
    const memory = new MemoryReturn(collect, { minUnloads: 3, quietMs: 1000 });
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
    const memory = new MemoryReturn(null, { minUnloads: 1, quietMs: 10 });
    memory.noteUnload();
    jest.advanceTimersByTime(100);
    const collect = jest.fn();
    const stopped = new MemoryReturn(collect, { minUnloads: 1, quietMs: 10 });
    stopped.noteUnload();
    stopped.stop();
    jest.advanceTimersByTime(100);
    expect(collect).not.toHaveBeenCalled();
  });

  it('gets V8’s full collection without --expose-gc', () => {
    jest.useRealTimers();
    const gc = majorCollection();
    expect(gc).toEqual(expect.any(Function));
    expect(() => gc!()).not.toThrow();
  });
});
