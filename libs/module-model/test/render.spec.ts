import { MODULE_JSON_FORMAT, type NodeJson } from '../src/module-json';
import { renderModule, renderPage } from '../src/render';
import { SAMPLE_NODES } from '../src/samples';

const node = (type: string, attributes: [string, string][], extra: Partial<NodeJson> = {}): NodeJson => ({ type, attributes, children: [], ...extra });
const NO_SCRIPT = /<script|<style|\son[a-z]+\s*=|javascript:/i;

describe('renderPage', () => {
  test('escapes titles and plain values; HTML in a title shows as its text', () => {
    const html = renderPage(node('text', [['name', 'A &amp; B <img src=x onerror=alert(1)><script>alert(2)</script>']], { richText: { body: { html: '<p>x</p>' } } }));
    expect(html).toContain('<h2 id="sw-title-1">A &amp; B');
    expect(html).not.toMatch(NO_SCRIPT);
    expect(html).not.toContain('<img');
  });

  test('rich text goes through the editor schema: scripts, handlers and javascript: URLs are gone', () => {
    const html = renderPage(
      node('text', [['name', 'T']], {
        richText: { body: { html: '<p onclick="steal()">Hallo <a href="javascript:alert(1)">klik</a><script>alert(1)</script><iframe src="https://evil.example"></iframe></p>' } },
      }),
    );
    expect(html).toContain('<p>Hallo klik</p>');
    expect(html).not.toMatch(NO_SCRIPT);
    expect(html).not.toContain('evil.example');
  });

  test('a page type nobody declared shows a neutral notice, never its content', () => {
    const html = renderPage(node('crossword', [['name', 'Zoek'], ['words', '<script>alert(1)</script>']], { body: '<img src=x onerror=alert(1)>', richText: { text: { html: '<p>geheim</p>' } } }));
    expect(html).toContain('sw-page-unknown');
    expect(html).toContain('Dit paginatype (crossword) wordt hier niet getoond.');
    expect(html).not.toContain('geheim');
    expect(html).not.toContain('<img');
    expect(renderPage(node('crossword', []), { language: 'en' })).toContain('This page type (crossword) is not shown here.');
  });

  test('media go through resolveMedia; what it refuses, or an unsafe URL, is left out', () => {
    const page = node('textGraphics', [['name', 'Foto'], ['url', "FileLocation + 'media/foto 1.jpg'"], ['tip', 'Een <b>kraan</b>']], {
      richText: { body: { html: '<p><img src="media/binnen.png" alt="binnen"></p>' } },
    });
    const seen: string[] = [];
    const html = renderPage(page, {
      resolveMedia: (ref) => {
        seen.push(ref);
        return `https://cdn.example/m/${encodeURIComponent(ref)}`;
      },
    });
    expect(seen).toEqual(expect.arrayContaining(['media/foto 1.jpg', 'media/binnen.png']));
    expect(html).toContain('<img src="https://cdn.example/m/media%2Ffoto%201.jpg" alt="Een kraan">');
    expect(html).toContain('<figure class="sw-media sw-image">');
    expect(html).toContain('src="https://cdn.example/m/media%2Fbinnen.png"');
    expect(renderPage(page, { resolveMedia: () => undefined })).not.toContain('<img');
    expect(renderPage(page, { resolveMedia: () => 'javascript:alert(1)' })).not.toMatch(NO_SCRIPT);
    // Xerte's eval-able shapes are not media references.
    expect(renderPage(node('textGraphics', [['name', 'X'], ['url', "'+alert(1)+'"]]))).not.toContain('<img');
  });

  test('internal page links resolve through resolvePageLink', () => {
    const page = node('text', [['name', 'T']], { richText: { body: { html: '<p><a href="#PG42" data-page-link="PG42">verder</a></p>' } } });
    expect(renderPage(page)).toContain('<a href="#PG42" data-page-link="PG42">verder</a>');
    expect(renderPage(page, { resolvePageLink: (id) => `/modules/m1/pages/${id}` })).toContain('<a href="/modules/m1/pages/PG42" data-page-link="PG42">verder</a>');
  });

  test('a multiple choice question is a fieldset of labelled radio buttons with feedback in details', () => {
    const html = renderPage(SAMPLE_NODES.mcq, { headingLevel: 3 });
    expect(html).toMatch(/^<section[^>]*><h3 /);
    expect(html).toContain('<legend>Kies een of meer antwoorden</legend>');
    const inputs = [...html.matchAll(/<input type="checkbox" id="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs).toHaveLength(3);
    for (const id of inputs) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('<summary>Feedback bij antwoord 1</summary><p>Ja, dit is een van de vijf momenten.</p>');
    expect(html).toContain('<summary>Toon de goede antwoorden</summary><ul><li>Voor contact met een cliënt</li><li>Na contact met lichaamsvloeistoffen</li></ul>');
    const single = renderPage({ ...SAMPLE_NODES.mcq, attributes: SAMPLE_NODES.mcq.attributes.map(([n, v]) => [n, n === 'type' ? 'Single Answer' : v]) });
    expect(single).toContain('type="radio"');
    expect(single).toContain('<legend>Kies één antwoord</legend>');
  });

  test('a quiz numbers its questions under the page title', () => {
    const html = renderPage(SAMPLE_NODES.quiz);
    expect(html).toMatch(/<h3 id="[^"]+">Vraag 1 van 2<\/h3>/);
    expect(html).toMatch(/<h3 id="[^"]+">Vraag 2 van 2<\/h3>/);
  });

  test('gap fill: labelled inputs in the text, answers in details; drop-down menus as selects', () => {
    const html = renderPage(SAMPLE_NODES.gapFill);
    expect(html).toContain('Was je handen minstens <span class="sw-gap"><label class="sw-visually-hidden" for="');
    expect(html.match(/<input type="text"/g)).toHaveLength(3);
    expect(html).toContain('<li>zeep / water</li>');
    expect(html).not.toContain('|');
    const dropDown = renderPage(
      node('gapFill', [['name', 'G'], ['interactivity', 'Drop Down Menu'], ['noise', 'rood groen']], {
        richText: { passage: { html: '<p>De lucht is |blauw/geel| en gras is |<strong>groen</strong>|.</p>' } },
      }),
    );
    expect(dropDown).toContain('<option>blauw</option><option>geel</option><option>groen</option><option>rood</option>');
    expect(dropDown).toContain('<strong></strong>');
    expect(dropDown.match(/<select/g)).toHaveLength(2);
  });

  test('sorting exercises are labelled selects with the solution in details', () => {
    const categories = renderPage(SAMPLE_NODES.categories);
    expect(categories).toContain('Categorie voor „Gebruikte handschoen”</label> <select');
    expect(categories).toContain('<summary>Toon de goede antwoorden</summary><ul><li>Schoon<ul><li>Steriel gaas</li><li>Schone handdoek</li></ul></li>');
    const timeline = renderPage(SAMPLE_NODES.timeline);
    expect(timeline).toContain('<summary>De goede volgorde</summary><ol><li>Handen nat maken');
    const textMatch = renderPage(SAMPLE_NODES.textMatch);
    expect(textMatch).toContain('Wat hoort bij „Handalcohol gebruik je”?');
  });

  test('videos come from the privacy-friendly players; raw embed code never passes', () => {
    const youtube = renderPage(node('youtube', [['name', 'V']], { body: '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="alert(1)"></iframe><script>x</script>' }));
    expect(youtube).toContain('<iframe class="sw-video-frame" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="V"');
    expect(youtube).not.toMatch(NO_SCRIPT);
    const embed = renderPage(node('embedDiv', [['name', 'E'], ['src', '<div onmouseover="x()">widget</div>']]));
    expect(embed).toContain('Deze ingesloten inhoud wordt hier niet getoond.');
    expect(embed).not.toContain('widget');
    const link = renderPage(node('embedDiv', [['name', 'E'], ['src', 'https://example.org/app']]));
    expect(link).toContain('<a href="https://example.org/app" rel="noopener noreferrer" target="_blank">Open de ingesloten inhoud</a>');
  });

  test('a chart is shown as the table of its data', () => {
    const html = renderPage(SAMPLE_NODES.chart);
    expect(html).toContain('<caption>Ziekenhuisinfecties</caption>');
    expect(html).toContain('<tr><th scope="row">2023</th><td>95</td></tr>');
  });

  test('connectors link to their destination pages', () => {
    const html = renderPage(SAMPLE_NODES.cMcq, { resolvePageLink: (id) => `?page=${id}` });
    expect(html).toContain('<a href="?page=PG1700000000001">Thuiszorg</a>');
  });

  test('morphing images: the first image, the second behind the zoom button', () => {
    const html = renderPage(SAMPLE_NODES.morphImages);
    expect(html).toContain('<img src="media/morphImages-hand.jpg" alt="Een hand na het wassen">');
    expect(html).toContain('<details class="sw-morph-zoom"><summary>Tekst buttonLabel</summary><figure class="sw-media sw-image"><img src="media/morphImages-vingertop.jpg" alt="Een vingertop onder de microscoop">');
    expect(renderPage(node('morphImages', [['name', 'M'], ['url2', "FileLocation + 'media/b.png'"]]), { language: 'en' })).toContain('<summary>Zoom</summary>');
    expect(renderPage(node('morphImages', [['name', 'M']]))).not.toContain('sw-morph');
  });

  test('sortable grid: fixed and header cells shown, the others labelled selects of what may go there, the grid in details', () => {
    const html = renderPage(SAMPLE_NODES.grid);
    expect(html).toContain('<th scope="col">Stap</th><th scope="col">Wat doe je?</th>');
    // fixedCells="2,2" (column 2, row 2) and fixedCols="1" stay; constrain="col" offers the labels of the column.
    expect(html).toContain('<tr><td>1</td><td><strong>Nat</strong> maken</td></tr>');
    expect(html).toMatch(/<label class="sw-visually-hidden" for="([^"]+)">Rij 3, kolom 2<\/label><select id="\1"><option value="">Maak een keuze<\/option><option>Wrijven \(20 seconden\)<\/option><option>Zeep nemen<\/option><\/select>/);
    expect(html).toContain('<summary>Toon het goede raster</summary>');
    expect(html.indexOf('<table')).toBeLessThan(html.indexOf('Zet de stappen')); // align="right": text right of the grid
    const free = renderPage(node('grid', [['name', 'G'], ['data', 'a|<b>b</b>||c|d']]));
    expect(free.match(/<select/g)).toHaveLength(4);
    expect(free).toContain('<option>a</option><option>b</option><option>c</option><option>d</option>');
    expect(renderPage(node('grid', [['name', 'G'], ['data', '<img src=x onerror=alert(1)>|<script>alert(1)</script>']]))).not.toMatch(NO_SCRIPT);
  });

  test('text highlighting: texts as panels, a labelled notes area, feedback and the suggested answer in details', () => {
    const html = renderPage(SAMPLE_NODES.textHighlight);
    expect(html).toMatch(/<section class="sw-panel sw-highlight-text" aria-labelledby="[^"]+"><h3 id="[^"]+">Protocol handhygiëne<\/h3><p>Was je handen/);
    expect(html).toMatch(/<label for="([^"]+)">Jouw aantekeningen<\/label><textarea id="\1" rows="8">Mijn momenten:<\/textarea>/);
    expect(html).toContain('<details class="sw-answer"><summary>Tekst suggestedTitle</summary><p>Voor en na elk cliëntcontact');
    const highlight = renderPage(node('textHighlight', [['name', 'H'], ['mode', 'Highlight']], { richText: { initialText: { html: '<p>tekst</p>' } } }), { language: 'en' });
    expect(highlight).not.toContain('<textarea');
    expect(highlight).toContain('<div class="sw-panel sw-highlight-text"><p>tekst</p></div>');
  });

  test('word search: the same words always give the same puzzle, every word placed and findable', () => {
    const html = renderPage(SAMPLE_NODES.wordsearch);
    expect(renderPage(SAMPLE_NODES.wordsearch)).toBe(html);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const steps = { 'naar rechts': [0, 1], 'naar beneden': [1, 0], 'schuin naar rechtsonder': [1, 1] } as const;
    const found = [...html.matchAll(/<li>„(\w+)”: rij (\d+), kolom (\d+), ([a-z ]+)<\/li>/g)];
    expect(found.map((m) => m[1]).sort()).toEqual(['alcohol', 'bacterie', 'handdoek', 'nagels', 'zeep']);
    for (const [, word, row, column, direction] of found) {
      const [dr, dc] = steps[direction as keyof typeof steps];
      const read = Array.from(word, (_, k) => rows[Number(row) - 1 + dr * k][Number(column) - 1 + dc * k]).join('');
      expect(read).toBe(word);
    }
    // order="alphabetical" lists the words sorted; fillChars fill the rest.
    expect(html).toContain('<ul><li>alcohol</li><li>bacterie</li><li>handdoek</li><li>nagels</li><li>zeep</li></ul>');
    expect(rows.flat().every((letter) => /^[a-z]$/.test(letter))).toBe(true);
    const hidden = renderPage(node('wordsearch', [['name', 'W'], ['words', 'een\ntwee'], ['hideWords', 'true']]));
    expect(hidden).not.toContain('sw-word-list');
    expect(hidden).toContain('<td>E</td>');
    expect(renderPage(node('wordsearch', [['name', 'W'], ['words', '<script>alert(1)</script>']]))).not.toMatch(NO_SCRIPT);
  });

  test('an accordion is a series of details, other navigators sections with headings', () => {
    expect(renderPage(SAMPLE_NODES.nav)).toContain('<details class="sw-nested"><summary>');
    expect(renderPage(SAMPLE_NODES.tabNav)).toMatch(/<section class="sw-nested" aria-labelledby="[^"]+"><h3 /);
    const extra = renderPage(SAMPLE_NODES.tabNavExtra);
    expect(extra).toMatch(/<h3 [^>]*>.*<h4 [^>]*>.*<h5 /s);
  });
});

describe('renderModule', () => {
  test('one h1, chapters at h2 with their pages at h3, hidden pages left out', () => {
    const html = renderModule({
      format: MODULE_JSON_FORMAT,
      attributes: [['name', 'Hygiëne'], ['language', 'nl-NL']],
      pages: [
        node('text', [['name', 'Intro']]),
        node('chapter', [['name', 'Deel 1']], { children: [node('text', [['name', 'Binnen'], ['linkID', 'PG7']]), node('text', [['name', 'Verborgen'], ['hidePage', 'true']])] }),
      ],
    });
    expect(html).toMatch(/^<article class="sw-module" lang="nl-NL"><h1>Hygiëne<\/h1><section class="sw-page sw-page-text" aria-labelledby="[^"]+"><h2 /);
    expect(html).toMatch(/<section class="sw-chapter" aria-labelledby="[^"]+"><h2 id="[^"]+">Deel 1<\/h2><section class="sw-page sw-page-text" id="PG7" aria-labelledby="[^"]+"><h3 /);
    expect(html).not.toContain('Verborgen');
    // Element ids are unique.
    const idsInHtml = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(idsInHtml).size).toBe(idsInHtml.length);
  });
});
