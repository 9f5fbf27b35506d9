import type { NodeJson } from '../module-json';

/** A `mcq` page with every declared field filled. */
export const mcqSample: NodeJson = {
  type: 'mcq',
  attributes: [
    ['linkID', 'PG1700000000047'],
    ['name', 'Wanneer was je je handen?'],
    ['type', 'Multiple Answer'],
    ['answerType', 'radio'],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '12'],
    ['panelHeight', 'fit'],
    ['align', 'Right'],
    ['panelStyle', 'true'],
    ['removeTxt', 'true'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
    ['trackingWeight', 'waarde trackingWeight'],
    ['feedbackLabel', 'Tekst <b>feedbackLabel</b>'],
    ['singleRight', 'Tekst <b>singleRight</b>'],
    ['singleWrong', 'Tekst <b>singleWrong</b>'],
    ['multiRight', 'Tekst <b>multiRight</b>'],
    ['multiWrong', 'Tekst <b>multiWrong</b>'],
    ['checkBtnTxt', 'Tekst <b>checkBtnTxt</b>'],
    ['checkBtnTip', 'waarde checkBtnTip'],
    ['checkBtnWidth', '104'],
    ['answerOrder', 'sequence'],
    ['markFeedback', 'true'],
    ['feedbackPos', 'GAC'],
  ],
  richText: {
    instruction: { html: '<p>Lees de vraag goed.</p>' },
    prompt: { html: '<p>Wanneer moet je je handen wassen?</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
    feedback: { html: '<p>Tekst voor <em>feedback</em>.</p>' },
  },
  children: [
    {
      type: 'option',
      attributes: [
        ['linkID', 'PG1700000000048'],
        ['name', 'A'],
        ['correct', 'true'],
        ['audioFB', "FileLocation + 'media/option-audioFB.mp3'"],
      ],
      richText: {
        text: { html: '<p>Voor contact met een cliënt</p>' },
        feedback: { html: '<p>Ja, dit is een van de vijf momenten.</p>' },
        audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'option',
      attributes: [
        ['linkID', 'PG1700000000049'],
        ['name', 'B'],
        ['correct', 'false'],
        ['audioFB', "FileLocation + 'media/option-audioFB.mp3'"],
      ],
      richText: {
        text: { html: '<p>Alleen aan het einde van de dienst</p>' },
        feedback: { html: '<p>Nee, dat is te weinig.</p>' },
        audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'option',
      attributes: [
        ['linkID', 'PG1700000000050'],
        ['name', 'C'],
        ['correct', 'true'],
        ['audioFB', "FileLocation + 'media/option-audioFB.mp3'"],
      ],
      richText: {
        text: { html: '<p>Na contact met lichaamsvloeistoffen</p>' },
        feedback: { html: '<p>Goed.</p>' },
        audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
      },
      children: [],
    },
  ],
};
