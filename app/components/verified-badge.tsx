'use client';
import { translator, type Lang } from '@/lib/i18n';
import { signInText } from '@/lib/i18n/sign-in';
import { useSignIn } from './use-sign-in';

/**
 * A small "verifisert" mark beside a name the server vouches for: the person signed in with the
 * server's identity provider. One image to assistive technology, named with what it means.
 */
export function VerifiedBadge({ lang }: { lang: Lang }) {
  const t = translator(signInText, lang);
  const provider = useSignIn()?.provider;
  const label = provider ? t('badge.label', { provider }) : t('badge.labelAnyProvider');
  return (
    <span role="img" aria-label={label} title={label} data-testid="verified-badge" className="ml-1 inline-flex items-center gap-0.5 rounded bg-emerald-50 px-1 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">
      <span aria-hidden="true">✓</span>
      {t('badge.text')}
    </span>
  );
}
