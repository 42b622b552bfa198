'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { notificationsText } from '@/lib/i18n/notifications';
import type { EmailSettings } from '@/lib/notifications';
import type { Joined } from '../session';
import { problemText } from '../shell/problem-text';
import { notificationsApi } from './notifications-api';

/**
 * "Varsler på e-post": the participant's own address for this board, the emails they want, and
 * whether the address is confirmed. The address is saved in the page's language, which the emails
 * are then written in. Only this participant's token reads or changes it.
 */
export function EmailSetting({ boardId, joined, lang }: { boardId: string; joined: Joined; lang: Lang }) {
  const t = translator(notificationsText, lang);
  const api = useMemo(() => notificationsApi(boardId, joined.token), [boardId, joined.token]);
  const headingId = useId();
  const [settings, setSettings] = useState<EmailSettings | null>(null);
  const [form, setForm] = useState({ address: '', instant: true, digest: false });
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'removed' } | { kind: 'problem'; text: string }>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    void api.email().then((r) => {
      if (!current || !r.ok) return;
      setSettings(r.value);
      const s = r.value.setting;
      setForm(s ? { address: s.address, instant: s.instant, digest: s.digest } : { address: r.value.suggested ?? '', instant: true, digest: false });
    });
    return () => {
      current = false;
    };
  }, [api]);

  if (!settings) return null;
  if (!settings.available) return <p className="mt-3 border-t border-slate-200 pt-2 text-slate-600">{t('email.unavailable')}</p>;
  const setting = settings.setting;

  return (
    <section aria-labelledby={headingId} className="mt-3 border-t border-slate-200 pt-2">
      <h3 id={headingId} className="font-semibold">
        {t('email.heading')}
      </h3>
      <p className="text-slate-600">{t('email.intro')}</p>
      <form
        className="mt-2 space-y-2"
        onSubmit={async (e) => {
          e.preventDefault();
          setStatus({ kind: 'saving' });
          const r = await api.saveEmail({ ...form, lang });
          if (r.ok) {
            setSettings(r.value);
            setStatus({ kind: 'idle' });
          } else setStatus({ kind: 'problem', text: t('email.problem', { reason: problemText(r.problem, lang).message }) });
        }}
      >
        <label className="block">
          <span className="block">{t('email.address')}</span>
          <input type="email" required autoComplete="email" value={form.address} onChange={(e) => setForm({ ...form, address: e.target.value })} className="w-full rounded border border-slate-300 px-2 py-1" />
        </label>
        {!setting && settings.suggested && form.address === settings.suggested ? <p className="text-xs text-slate-600">{t('email.fromSignIn')}</p> : null}
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={form.instant} onChange={(e) => setForm({ ...form, instant: e.target.checked })} />
          {t('email.instant')}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={form.digest} onChange={(e) => setForm({ ...form, digest: e.target.checked })} />
          {t('email.digest')}
        </label>
        <p className="text-xs text-slate-600">{t('email.langNote')}</p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={status.kind === 'saving'} className="rounded bg-blue-700 px-2 py-1 text-white hover:bg-blue-800 disabled:opacity-50">
            {status.kind === 'saving' ? t('email.saving') : t('email.save')}
          </button>
          {setting ? (
            <button
              type="button"
              onClick={async () => {
                const r = await api.removeEmail();
                if (r.ok) {
                  setSettings({ ...settings, setting: null });
                  setForm({ address: '', instant: true, digest: false });
                  setStatus({ kind: 'removed' });
                }
              }}
              className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
            >
              {t('email.remove')}
            </button>
          ) : null}
        </div>
      </form>
      <p role="status" className="mt-1 text-slate-700">
        {status.kind === 'problem'
          ? status.text
          : status.kind === 'removed'
            ? t('email.removed')
            : setting
              ? setting.confirmed
                ? t('email.confirmed', { address: setting.address })
                : t('email.pending', { address: setting.address })
              : ''}
      </p>
    </section>
  );
}
