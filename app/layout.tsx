import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Ansvarstavla – hvem gjør hva i helse og omsorg',
  description: 'Fordel helse- og omsorgsoppgaver mellom forvaltningsnivåene og se konsekvensene med kilder.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
