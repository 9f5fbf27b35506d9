import * as Y from 'yjs';
import { addPage, addSubItem, createModule, escapeHtml, setField } from '@samenwijs/module-model';

/** A demo module without pages yet: its title and language only. */
export function emptyModule(title: string): Y.Doc {
  const doc = new Y.Doc();
  createModule(doc, { name: escapeHtml(title), language: 'nl-NL' });
  return doc;
}

/** The content of the demo module "Veilig werken met de tillift": several page types, in Dutch. */
export function tilliftModule(): Y.Doc {
  const doc = new Y.Doc();
  createModule(doc, { name: 'Veilig werken met de tillift', language: 'nl-NL' });

  const title = addPage(doc, 'title');
  setField(doc, title, 'name', 'Veilig werken met de tillift');
  setField(doc, title, 'body', '<p>Een module voor niveau 3 en 4 van de opleidingen in zorg en welzijn.</p>');

  const intro = addPage(doc, 'text');
  setField(doc, intro, 'name', 'Waarom een tillift?');
  setField(
    doc,
    intro,
    'body',
    '<p>Een tillift helpt je een cliënt veilig te verplaatsen, bijvoorbeeld van bed naar stoel. Zo voorkom je rugklachten bij jezelf en valpartijen bij de cliënt.</p>' +
      '<ul><li>Controleer altijd eerst de lift en de tilband.</li><li>Leg de cliënt uit wat je gaat doen.</li><li>Werk bij voorkeur met z’n tweeën.</li></ul>',
  );

  const question = addPage(doc, 'mcq');
  setField(doc, question, 'name', 'Controleer je kennis');
  setField(doc, question, 'prompt', '<p>Wat doe je als eerste voordat je een cliënt met de tillift verplaatst?</p>');
  const answers: [string, boolean, string][] = [
    ['De tilband en de lift controleren', true, 'Goed: een beschadigde band of lege accu is een groot risico.'],
    ['De cliënt alvast optillen', false, 'Nee: eerst controleer je het materiaal.'],
    ['De rem van het bed losmaken', false, 'Nee: het bed staat juist op de rem.'],
  ];
  for (const [text, correct, feedback] of answers) {
    const option = addSubItem(doc, question, 'option');
    setField(doc, option, 'text', `<p>${text}</p>`);
    setField(doc, option, 'correct', String(correct));
    setField(doc, option, 'feedback', `<p>${feedback}</p>`);
  }

  const gaps = addPage(doc, 'gapFill');
  setField(doc, gaps, 'name', 'Begrippen');
  setField(doc, gaps, 'text', '<p>Vul de ontbrekende woorden in.</p>');
  setField(doc, gaps, 'passage', '<p>Voor je begint, zet je het bed op de |rem|. De |tilband| moet passen bij de lengte en het gewicht van de cliënt.</p>');

  const links = addPage(doc, 'links');
  setField(doc, links, 'name', 'Meer weten');
  const link = addSubItem(doc, links, 'link');
  setField(doc, link, 'name', 'Arbocatalogus VVT: tillen en verplaatsen');
  setField(doc, link, 'url', 'https://www.arbocatalogusvvt.nl/');
  return doc;
}
