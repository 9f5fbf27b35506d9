import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/config';
import { Mailer } from './mailer';

describe('Mailer without a mail server', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows each mail on the console at a level the server prints (warnings), saying it was not sent', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const mailer = new Mailer({ logLevel: 'info' } as AppConfig);
    await mailer.send({ to: 'docent@school.nl', subject: 'Uitnodiging', text: 'Open https://samenwijs.test/uitnodiging/abc' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/not sent.*docent@school\.nl: Uitnodiging\nOpen https:\/\/samenwijs\.test\/uitnodiging\/abc/s);
    expect(mailer.sentTo('docent@school.nl')).toHaveLength(1);
  });

  it('prints nothing when logging is silenced (tests)', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await new Mailer({ logLevel: 'silent' } as AppConfig).send({ to: 'a@b.nl', subject: 's', text: 't' });
    expect(warn).not.toHaveBeenCalled();
  });
});
