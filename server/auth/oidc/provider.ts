import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { OidcSettings } from '../../config';

/** What a sign-in needs kept between leaving for the provider and coming back: sealed in a cookie. */
export type LoginState = { state: string; nonce: string; verifier: string; returnTo: string };

/** The claims of a validated ID token, with what the userinfo endpoint added. */
export type ProviderClaims = JWTPayload & Record<string, unknown> & { sub: string; iss: string };

/**
 * The identity provider as openid-client sees it: discovered once, on the first sign-in rather
 * than at start-up, so a provider that is down delays sign-in but not the boards; a failed
 * discovery is forgotten, so the next sign-in tries again.
 */
export function providerClient(settings: OidcSettings) {
  const issuer = new URL(settings.issuer);
  // Config refuses http issuers except on this machine, where tests and development run one.
  const options = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client.discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), options).catch((error: unknown) => {
      discovered = null;
      throw error;
    });
    return discovered;
  };
  let keys: ReturnType<typeof createRemoteJWKSet> | null = null;

  return {
    /** Where to send the browser to sign in, with fresh PKCE, state and nonce; `kept` is what the callback needs back. */
    async begin(returnTo: string): Promise<{ url: URL; kept: LoginState }> {
      const config = await configuration();
      const verifier = client.randomPKCECodeVerifier();
      const kept = { state: client.randomState(), nonce: client.randomNonce(), verifier, returnTo };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: kept.state,
        nonce: kept.nonce,
      });
      return { url, kept };
    },

    /**
     * Trades the code in `callbackQuery` for tokens and answers the ID token's claims. openid-client
     * checks state, PKCE, and the ID token's issuer, audience (our client id), nonce and expiry; its
     * signature is checked here too against the provider's published keys, so a token that reached
     * us by any path other than TLS from the token endpoint would still have to be genuine. Throws
     * when anything does not check out.
     */
    async finish(callbackQuery: string, kept: LoginState): Promise<ProviderClaims> {
      const config = await configuration();
      const current = new URL(settings.redirectUri);
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: kept.verifier,
        expectedState: kept.state,
        expectedNonce: kept.nonce,
        idTokenExpected: true,
      });
      const meta = config.serverMetadata();
      if (!meta.jwks_uri) throw new Error('the provider publishes no signing keys (jwks_uri)');
      keys ??= createRemoteJWKSet(new URL(meta.jwks_uri));
      const { payload } = await jwtVerify(tokens.id_token!, keys, { issuer: meta.issuer, audience: settings.clientId });
      let claims = payload as ProviderClaims;
      // Many providers keep profile claims out of the ID token of a code flow and give them at the userinfo endpoint.
      if ((claims.name === undefined || claims[settings.orgClaim] === undefined) && meta.userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...info, ...claims };
      }
      return claims;
    },
  };
}
