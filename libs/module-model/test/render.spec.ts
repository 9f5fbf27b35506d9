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
    const html = renderPage(node('wordsearch', [['name', 'Zoek'], ['words', '<script>alert(1)</script>']], { body: '<img src=x onerror=alert(1)>', richText: { text: { html: '<p>geheim</p>' } } }));
    expect(html).toContain('sw-page-unknown');
    expect(html).toContain('Dit paginatype (wordsearch) wordt hier niet getoond.');
    expect(html).not.toContain('geheim');
    expect(html).not.toContain('<img');
    expect(renderPage(node('wordsearch', []), { language: 'en' })).toContain('This page type (wordsearch) is not shown here.');
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
