import { addPage, pageSummaries, setField } from '@samenwijs/module-model';
import { act, render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import { usePageListVersion, useYVersion } from './hooks';

/**
 * A change can arrive between a component's render and the effect that subscribes to the
 * document (IndexedDB or the server answering within that frame). The component must still end
 * up showing it. Here the change is made during the first render, the latest moment before the
 * subscription.
 */
describe('Yjs version hooks', () => {
  it('show a page added between the render and the subscription', async () => {
    const doc = new Y.Doc();
    let first = true;
    function PageCount() {
      usePageListVersion(doc);
      const count = pageSummaries(doc).length;
      if (first) {
        first = false;
        addPage(doc, 'text');
      }
      return <p>{count} pagina’s</p>;
    }
    render(<PageCount />);
    await act(async () => undefined);
    expect(screen.getByText('1 pagina’s')).toBeInTheDocument();
  });

  it('show a field changed between the render and the subscription', async () => {
    const doc = new Y.Doc();
    const page = addPage(doc, 'text');
    let first = true;
    function Title() {
      const attrs = doc.getMap('nodes');
      useYVersion(attrs, true);
      const title = pageSummaries(doc)[0].title;
      if (first) {
        first = false;
        setField(doc, page, 'name', 'Tilliften');
      }
      return <p>titel: {title || '(leeg)'}</p>;
    }
    render(<Title />);
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    });
    expect(screen.getByText('titel: Tilliften')).toBeInTheDocument();
  });
});
