import { actorFrom } from '@samenwijs/authz';
import { AccessCache, Grant } from '../src/collaboration/access-cache';

describe('the grant cache of collaboration connects', () => {
  let now = 0;
  const cache = (ttlMs = 1000, maxEntries = 100) => new AccessCache(ttlMs, maxEntries, () => now);
  const grant = (groupId: string, write = true): Grant => ({ actor: actorFrom('u', false, [{ groupId, roles: ['author'] }]), groupId, write });

  beforeEach(() => (now = 0));

  it('keeps a grant for its lifetime only', () => {
    const c = cache();
    c.set('u', 'm', grant('g'), c.mark());
    now = 999;
    expect(c.get('u', 'm')).toMatchObject({ groupId: 'g' });
    now = 1000;
    expect(c.get('u', 'm')).toBeUndefined();
  });

  it("drops the grants of a group's or a module's access event, and only those", () => {
    const c = cache();
    c.set('u', 'm1', grant('g1'), c.mark());
    c.set('u', 'm2', grant('g2'), c.mark());
    c.set('v', 'm3', grant('g2'), c.mark());
    c.drop({ kind: 'group', groupId: 'g2' });
    expect(c.get('u', 'm1')).toBeDefined();
    expect(c.get('u', 'm2')).toBeUndefined();
    expect(c.get('v', 'm3')).toBeUndefined();
    c.drop({ kind: 'module', moduleId: 'm1' });
    expect(c.get('u', 'm1')).toBeUndefined();
  });

  it('never keeps a decision that started before an access event', () => {
    const c = cache();
    const mark = c.mark();
    c.drop({ kind: 'group', groupId: 'elsewhere' });
    expect(c.changedSince(mark)).toBe(true);
    c.set('u', 'm', grant('g'), mark);
    expect(c.get('u', 'm')).toBeUndefined();
  });

  it('frees expired grants when it keeps a new one', () => {
    const c = cache();
    c.set('u', 'm1', grant('g'), c.mark());
    now = 500;
    c.set('u', 'm2', grant('g'), c.mark());
    now = 1200;
    c.set('u', 'm3', grant('g'), c.mark());
    expect(c.size).toBe(2);
    expect(c.get('u', 'm1')).toBeUndefined();
    expect(c.get('u', 'm2')).toBeDefined();
    expect(c.get('u', 'm3')).toBeDefined();
  });

  it('forgets the oldest grant beyond its size', () => {
    const c = cache(1000, 2);
    c.set('u', 'm1', grant('g'), c.mark());
    c.set('u', 'm2', grant('g'), c.mark());
    c.set('u', 'm3', grant('g'), c.mark());
    expect(c.size).toBe(2);
    expect(c.get('u', 'm1')).toBeUndefined();
    expect(c.get('u', 'm3')).toBeDefined();
  });
});
