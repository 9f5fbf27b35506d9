/** Structure: chapters group pages. Written from Xerte's wizard files (see define.ts). */
import type { PageTypeDef } from '../registry-types';
import { L, bool, choice, plain } from './define';

export const chapter: PageTypeDef = {
  type: 'chapter',
  label: L('Hoofdstuk', 'Chapter'),
  description: L('Groepeert pagina’s in een hoofdstuk.', 'Groups pages into a chapter.'),
  category: 'structure',
  icon: 'folder',
  fields: [
    plain('name', L('Titel van hoofdstuk', 'Chapter title'), { html: true, default: 'Enter Chapter Title', localizedDefault: L('Nieuw hoofdstuk', 'Enter Chapter Title') }),
    bool('includeInHeader', L('Opnemen in kopbalk', 'Include in header'), { default: 'false' }),
    plain('headerName', L('Koptekst', 'Header text'), { html: true, optional: true }),
    plain('chapterID', L('Hoofdstuk-ID', 'Chapter ID'), { optional: true }),
    bool('linkPageChapter', L('Losse pagina', 'Stand-Alone'), { optional: true, whenAdded: 'true' }),
    choice('linkTargetChapter', L('Openen in', 'Open in'), [['same', 'Zelfde venster', 'Same window'], ['new', 'Nieuw venster', 'New window'], ['lightbox', 'Lightbox', 'Lightbox']], { optional: true, whenAdded: 'lightbox' }),
    bool('headerHideChapter', L('Kopbalk verbergen', 'Hide header'), { optional: true, whenAdded: 'false' }),
    bool('footerHideChapter', L('Voettekst verbergen', 'Hide footer'), { optional: true, whenAdded: 'true' }),
    bool('reqProgressChapter', L('Meetellen in voortgang', 'Include in project progress'), { optional: true, whenAdded: 'false' }),
  ],
};
