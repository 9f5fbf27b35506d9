/** Games (Xerte's "Games" menu; offered under interactivity): the word search. Written from Xerte's wizard files (see define.ts). */
import type { PageTypeDef } from '../registry-types';
import { L, bool, choice, colour, plain, richText } from './define';

export const wordsearch: PageTypeDef = {
  type: 'wordsearch',
  label: L('Woordzoeker', 'Word search'),
  description: L('Een puzzel waarin de student de woorden van een lijst zoekt.', 'A puzzle in which the student finds the words of a list.'),
  category: 'interactivity',
  icon: 'text-search',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    // Xerte's `type="script"` text area: one word per line (newlines stored as &#10;), plain text.
    plain('words', L('Woorden (één per regel)', 'Words (one per line)'), { multiline: true, default: '' }),
    colour('colour1', L('Kleur selecteren', 'Select colour'), { optional: true, whenAdded: '0xFFA500' }),
    colour('colour2', L('Kleur gevonden', 'Found colour'), { optional: true, whenAdded: '0x0000FF' }),
    colour('colour3', L('Kleur voltooid', 'Complete colour'), { optional: true, whenAdded: '0x800080' }),
    colour('colour4', L('Kleur opgelost', 'Solved colour'), { optional: true, whenAdded: '0x008000' }),
    colour('colour5', L('Markeerkleur', 'Highlight colour'), { optional: true, whenAdded: '0xffff00' }),
    choice('order', L('Volgorde van woorden', 'Word ordering'), [['none', 'Geen', 'None'], ['alphabetical', 'Alfabetisch', 'Alphabetical'], ['random', 'Willekeurig', 'Random']], { optional: true, whenAdded: 'none' }),
    bool('hideSolve', L('Knop Oplossen verbergen', 'Hide solve button'), { optional: true }),
    bool('hideSolveUntilTimer', L('Knop Oplossen verbergen tot de tijd om is', 'Hide solve button until timer'), { optional: true }),
    bool('hideWords', L('Woorden verbergen', 'Hide words'), { optional: true }),
    choice('puzzleCase', L('Hoofd- of kleine letters', 'Force puzzle case'), [['uppercase', 'Hoofdletters', 'Uppercase'], ['lowercase', 'Kleine letters', 'Lowercase'], ['astyped', 'Zoals getypt', 'As typed']], { optional: true, whenAdded: 'uppercase' }),
    plain('solveBtnTxt', L('Tekst knop Oplossen', 'Solve button label'), { html: true, default: 'Solve Puzzle', localizedDefault: L('Puzzel oplossen', 'Solve Puzzle') }),
    plain('retryBtnTxt', L('Tekst knop Opnieuw', 'Retry button label'), { html: true, default: 'Restart Puzzle', localizedDefault: L('Opnieuw beginnen', 'Restart Puzzle') }),
    plain('fillChars', L('Andere opvultekens', 'Alternative fill characters'), { default: '' }),
  ],
};
