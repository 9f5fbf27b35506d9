import { screen } from '@testing-library/react';
import { ConnectionBadge, type ConnectionBadgeProps } from './ConnectionBadge';
import { renderWithI18n } from './testing/editor-fixtures';

const base: ConnectionBadgeProps = { status: 'connected', readOnly: false, refusal: null, unsynced: false };

describe('ConnectionBadge', () => {
  it.each<[Partial<ConnectionBadgeProps>, string[]]>([
    [{}, ['Verbonden, alles is opgeslagen']],
    [{ status: 'offline', unsynced: true }, ['Offline: je wijzigingen worden bewaard en later samengevoegd', 'Nog niet op de server: bewaard in deze browser']],
    [{ status: 'refused', refusal: 'forbidden' }, ['Geen toegang tot deze module']],
    [{ status: 'refused', refusal: 'notFound', unsynced: true }, ['Deze module bestaat niet (meer)', 'Nog niet op de server: bewaard in deze browser']],
    [{ status: 'refused', refusal: 'tooLarge', unsynced: true }, ['Module te groot om op te slaan', 'Nieuwe wijzigingen worden niet meer opgeslagen; wat je deed staat nog in deze browser. Meld dit bij de beheerder van Samenwijs.']],
    [{ readOnly: true }, ['Verbonden, alles is opgeslagen', 'Alleen lezen']],
    [
      { readOnly: true, readOnlyReason: { reason: 'notAuthor', group: 'Zorgtechnologie' } },
      ['Verbonden, alles is opgeslagen', 'Alleen lezen', 'Je kunt meelezen, niet bewerken: je bent geen auteur in Zorgtechnologie. Wil je meeschrijven? Vraag het de coördinator van de groep.'],
    ],
    [{ readOnly: true, readOnlyReason: { reason: 'deleted', group: 'Zorgtechnologie' } }, ['Verbonden, alles is opgeslagen', 'Alleen lezen', 'Deze module is verwijderd en kan niet meer worden bewerkt.']],
    [{ readOnly: false, readOnlyReason: { reason: 'notAuthor', group: 'Zorgtechnologie' } }, ['Verbonden, alles is opgeslagen']],
  ])('with %j says exactly what applies', (props, texts) => {
    renderWithI18n(<ConnectionBadge {...base} {...props} />);
    const status = screen.getByRole('status');
    expect([...status.children].map((child) => child.textContent)).toEqual(texts);
  });
});
