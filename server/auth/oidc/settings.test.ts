import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createSignIn } from './sign-in';

const OIDC = { OIDC_ISSUER: 'https://login.example.no/realms/helse', OIDC_CLIENT_ID: 'tavla', OIDC_CLIENT_SECRET: 's3cret', PUBLIC_URL: 'https://tavle.example.no' };

describe('OIDC settings', () => {
  it('are off without any OIDC variable', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('take the redirect URI from PUBLIC_URL, organisation claim "organization" and 8-hour sessions by default', () => {
    expect(loadConfig(OIDC).oidc).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      clientId: 'tavla',
      clientSecret: 's3cret',
      orgClaim: 'organization',
      redirectUri: 'https://tavle.example.no/api/auth/callback',
      secureCookies: true,
      sessionSeconds: 8 * 3600,
    });
    expect(loadConfig({ ...OIDC, OIDC_ORG_CLAIM: 'org_name', OIDC_SESSION_HOURS: '2' }).oidc).toMatchObject({ orgClaim: 'org_name', sessionSeconds: 7200 });
  });

  it('stop start-up when only some of issuer, client id and secret are set, naming the missing ones', () => {
    expect(() => loadConfig({ OIDC_ISSUER: OIDC.OIDC_ISSUER, PUBLIC_URL: OIDC.PUBLIC_URL })).toThrow(/OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: sign-in with OpenID Connect needs/);
    expect(() => loadConfig({ OIDC_CLIENT_SECRET: 'x' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID/);
  });

  it('need PUBLIC_URL, and an https issuer unless it runs on this machine', () => {
    expect(() => loadConfig({ ...OIDC, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL: required with OIDC_ISSUER/);
    expect(() => loadConfig({ ...OIDC, OIDC_ISSUER: 'http://login.example.no/' })).toThrow(/OIDC_ISSUER: must be an https URL/);
    expect(loadConfig({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080/' }).oidc?.issuer).toBe('http://127.0.0.1:8080/');
  });
});

describe('sign-in cookies', () => {
  const user = { sub: 'u1', iss: OIDC.OIDC_ISSUER, name: 'Kari', org: '' };

  it('are Secure with the __Host- prefix when PUBLIC_URL is https, and neither on plain http', async () => {
    const secure = await createSignIn(loadConfig(OIDC).oidc!, 'a-secret-of-at-least-thirty-two-chars').sessionCookie(user);
    expect(secure).toMatch(/^__Host-tavle-session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800; Secure$/);
    const plain = await createSignIn(loadConfig({ ...OIDC, PUBLIC_URL: 'http://localhost:3000' }).oidc!, 'a-secret-of-at-least-thirty-two-chars').sessionCookie(user);
    expect(plain).toMatch(/^tavle-session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/);
  });

  it('hold nothing readable: the name is not in the cookie value', async () => {
    const value = (await createSignIn(loadConfig(OIDC).oidc!, 'a-secret-of-at-least-thirty-two-chars').sessionCookie({ ...user, name: 'Synlig Navn' })).split(';')[0]!;
    const decoded = value.split('=')[1]!.split('.').map((p) => Buffer.from(p, 'base64url').toString('latin1')).join('');
    expect(decoded).not.toContain('Synlig');
  });
});
