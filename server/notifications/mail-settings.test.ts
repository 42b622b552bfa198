import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('email settings in the environment', () => {
  it('leaves email off without SMTP_URL and MAIL_FROM, and turns it on with both and PUBLIC_URL', () => {
    expect(loadConfig({}).mail).toBeNull();
    const on = loadConfig({ SMTP_URL: 'smtps://u:p@smtp.example.no:465', MAIL_FROM: 'tavle@example.no', PUBLIC_URL: 'https://tavle.example.no/' }).mail;
    expect(on).toMatchObject({ smtpUrl: 'smtps://u:p@smtp.example.no:465', publicUrl: 'https://tavle.example.no', digestHour: 7 });
  });

  it('stops start-up on half a setting, a URL that is not SMTP, or no PUBLIC_URL', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://smtp.example.no' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.no', MAIL_FROM: 'a@b.no', PUBLIC_URL: 'https://x.no' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://smtp.example.no', MAIL_FROM: 'a@b.no' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR/);
  });
});
