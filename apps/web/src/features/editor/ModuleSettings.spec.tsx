import { getField } from '@samenwijs/module-model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModuleSettings } from './ModuleSettings';
import { renderWithI18n, testSession } from './testing/editor-fixtures';

describe('ModuleSettings', () => {
  it('edits the module’s own properties, with Xerte’s optional ones under “more settings”', async () => {
    const session = testSession();
    const { container } = renderWithI18n(<ModuleSettings session={session} readOnly={false} />);
    const name = container.querySelector('[data-field="name"] input') as HTMLInputElement;
    expect(name).toHaveValue('Tillift');
    await userEvent.clear(name);
    await userEvent.type(name, 'Tillift veilig gebruiken');
    expect(getField(session.doc, null, 'name')).toBe('Tillift veilig gebruiken');
    const more = container.querySelector('details') as HTMLElement;
    expect(within(more).getByText(/^Nog \d+ instellingen$/)).toBeInTheDocument();
    expect(more.querySelectorAll('[data-field]').length).toBeGreaterThan(30);
  });

  it('is read-only for reviewers', () => {
    const session = testSession();
    const { container } = renderWithI18n(<ModuleSettings session={session} readOnly />);
    for (const input of container.querySelectorAll('input, select, textarea')) expect(input).toBeDisabled();
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(0);
  });
});
