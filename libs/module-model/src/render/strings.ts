/** The texts the renderer adds around a module's own content, Dutch first. */
export interface UiStrings {
  unknownPage: (type: string) => string;
  chooseOne: string;
  chooseSeveral: string;
  feedbackFor: (n: number) => string;
  correct: string;
  incorrect: string;
  showAnswer: string;
  showAnswers: string;
  generalFeedback: string;
  question: (i: number, n: number) => string;
  gap: (n: number) => string;
  chooseCategory: (item: string) => string;
  chooseOption: string;
  position: (item: string) => string;
  matchFor: (item: string) => string;
  goTo: string;
  goToPage: (title: string) => string;
  transcript: string;
  download: string;
  video: string;
  openPdf: string;
  openEmbed: string;
  embedNotShown: string;
  resources: string;
  narration: string;
  labels: string;
  hotspots: string;
  timelineOrder: string;
  pairs: string;
  hint: string;
  noDestination: string;
  tableCaption: string;
  chartData: string;
  chartLabel: string;
  zoom: string;
  firstImage: string;
  secondImage: string;
  notes: string;
  suggestedAnswer: string;
  wordsearch: string;
  wordsToFind: string;
  wordsearchSolution: string;
  wordPosition: (word: string, row: number, column: number, direction: 'right' | 'down' | 'diagonal') => string;
  wordNotPlaced: (word: string) => string;
  gridCell: (row: number, column: number) => string;
  gridSolution: string;
}

const nl: UiStrings = {
  unknownPage: (type) => `Dit paginatype (${type}) wordt hier niet getoond.`,
  chooseOne: 'Kies één antwoord',
  chooseSeveral: 'Kies een of meer antwoorden',
  feedbackFor: (n) => `Feedback bij antwoord ${n}`,
  correct: 'Dit antwoord is goed.',
  incorrect: 'Dit antwoord is niet goed.',
  showAnswer: 'Toon het goede antwoord',
  showAnswers: 'Toon de goede antwoorden',
  generalFeedback: 'Feedback',
  question: (i, n) => `Vraag ${i} van ${n}`,
  gap: (n) => `Open plek ${n}`,
  chooseCategory: (item) => `Categorie voor „${item}”`,
  chooseOption: 'Maak een keuze',
  position: (item) => `Plaats van „${item}”`,
  matchFor: (item) => `Wat hoort bij „${item}”?`,
  goTo: 'Ga naar',
  goToPage: (title) => `Ga naar ${title}`,
  transcript: 'Transcriptie',
  download: 'Download het bestand',
  video: 'Video',
  openPdf: 'Open de pdf',
  openEmbed: 'Open de ingesloten inhoud',
  embedNotShown: 'Deze ingesloten inhoud wordt hier niet getoond.',
  resources: 'Bronnen',
  narration: 'Vertelstem',
  labels: 'Labels',
  hotspots: 'Onderdelen van de afbeelding',
  timelineOrder: 'De goede volgorde',
  pairs: 'De goede paren',
  hint: 'Hint',
  noDestination: 'Geen doelpagina ingesteld',
  tableCaption: 'Tabel',
  chartData: 'Gegevens van de grafiek',
  chartLabel: 'Label',
  zoom: 'Inzoomen',
  firstImage: 'Afbeelding 1',
  secondImage: 'Afbeelding 2',
  notes: 'Aantekeningen',
  suggestedAnswer: 'Een voorbeeldantwoord',
  wordsearch: 'Woordzoeker',
  wordsToFind: 'Zoek deze woorden',
  wordsearchSolution: 'Toon de oplossing',
  wordPosition: (word, row, column, direction) =>
    `„${word}”: rij ${row}, kolom ${column}, ${direction === 'right' ? 'naar rechts' : direction === 'down' ? 'naar beneden' : 'schuin naar rechtsonder'}`,
  wordNotPlaced: (word) => `„${word}” past niet in de puzzel`,
  gridCell: (row, column) => `Rij ${row}, kolom ${column}`,
  gridSolution: 'Toon het goede raster',
};

const en: UiStrings = {
  unknownPage: (type) => `This page type (${type}) is not shown here.`,
  chooseOne: 'Choose one answer',
  chooseSeveral: 'Choose one or more answers',
  feedbackFor: (n) => `Feedback on answer ${n}`,
  correct: 'This answer is correct.',
  incorrect: 'This answer is not correct.',
  showAnswer: 'Show the correct answer',
  showAnswers: 'Show the correct answers',
  generalFeedback: 'Feedback',
  question: (i, n) => `Question ${i} of ${n}`,
  gap: (n) => `Gap ${n}`,
  chooseCategory: (item) => `Category for “${item}”`,
  chooseOption: 'Make a choice',
  position: (item) => `Position of “${item}”`,
  matchFor: (item) => `What belongs to “${item}”?`,
  goTo: 'Go to',
  goToPage: (title) => `Go to ${title}`,
  transcript: 'Transcript',
  download: 'Download the file',
  video: 'Video',
  openPdf: 'Open the PDF',
  openEmbed: 'Open the embedded content',
  embedNotShown: 'This embedded content is not shown here.',
  resources: 'Resources',
  narration: 'Narration',
  labels: 'Labels',
  hotspots: 'Parts of the image',
  timelineOrder: 'The correct order',
  pairs: 'The correct pairs',
  hint: 'Hint',
  noDestination: 'No destination page set',
  tableCaption: 'Table',
  chartData: 'Chart data',
  chartLabel: 'Label',
  zoom: 'Zoom',
  firstImage: 'Image 1',
  secondImage: 'Image 2',
  notes: 'Notes',
  suggestedAnswer: 'A suggested answer',
  wordsearch: 'Word search',
  wordsToFind: 'Find these words',
  wordsearchSolution: 'Show the solution',
  wordPosition: (word, row, column, direction) =>
    `“${word}”: row ${row}, column ${column}, ${direction === 'right' ? 'to the right' : direction === 'down' ? 'downwards' : 'diagonally down to the right'}`,
  wordNotPlaced: (word) => `“${word}” does not fit in the puzzle`,
  gridCell: (row, column) => `Row ${row}, column ${column}`,
  gridSolution: 'Show the correct grid',
};

export const STRINGS: Record<'nl' | 'en', UiStrings> = { nl, en };
