/**
 * Passwords of ten characters or more that appear near the top of public breach corpora
 * (SecLists "10k most common", NCSC's 100k list) plus Dutch favourites. The policy also
 * refuses keyboard runs and repeats, so variants of these are caught by shape as well.
 * Compared case-insensitively.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '12345678910', '123456789012', '0987654321', '1111111111', '0000000000',
  '1234512345', '1122334455', '1234554321', '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5',
  'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'qwertyuiop123', 'asdfghjkl1',
  'asdfghjkl;', 'zxcvbnm123', '1qaz2wsx3edc', 'qazwsxedc123', 'qazwsxedcrfv', 'azertyuiop',
  'password12', 'password123', 'password1234', 'password!1', 'passw0rd123', 'p@ssw0rd123',
  'password01', 'mypassword', 'mypassword1', 'passwordpassword', 'letmein123', 'letmeinplease',
  'iloveyou12', 'iloveyou123', 'iloveyou1234', 'sunshine123', 'princess123', 'football123',
  'baseball123', 'welcome123', 'welcome1234', 'welkom1234', 'welkom12345', 'wachtwoord',
  'wachtwoord1', 'wachtwoord12', 'wachtwoord123', 'wachtwoord!', 'geheim1234', 'geheim12345',
  'nederland1', 'nederland12', 'nederland123', 'amsterdam1', 'amsterdam123', 'rotterdam1',
  'feyenoord1', 'ajaxamsterdam', 'changeme123', 'administrator', 'admin12345', 'admin123456',
  'adminadmin', 'administrator1', 'superman123', 'batman12345', 'dragon1234', 'monkey1234',
  'michael123', 'charlie123', 'trustno1234', 'starwars123', 'whatever123', 'computer123',
  'internet123', 'samsung123', 'liverpool1', 'chelsea123', 'arsenal123', 'pokemon123',
  'abcdefghij', 'abcdefg123', 'abc1234567', 'abcd123456', 'aa12345678', 'a123456789',
  'zaq12wsxcde', 'zaq1zaq1zaq1', '!qaz2wsx3edc', 'summer2024', 'summer2025', 'winter2025',
  'zomer2025!', 'lente2026!', 'samenwijs1', 'samenwijs123', 'samenwijs-demo', 'teacher123',
  'docent12345', 'student1234', 'school1234', 'onderwijs1', 'qwerty123!', 'password!!',
]);
