/** A whole page still loading: one centred status line, with the page marked busy. */
export function PageLoading({ text, large = false }: { text: string; large?: boolean }) {
  return (
    <main className="grid min-h-screen place-items-center" aria-busy="true">
      <p role="status" className={`${large ? 'text-2xl' : 'text-lg'} text-slate-600`}>
        {text}
      </p>
    </main>
  );
}
