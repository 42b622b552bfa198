'use client';
import { useState } from 'react';
import type { ControlState } from '@/lib/control';
import type { Lang } from '@/lib/i18n';
import type { ApiResult } from '../shell/api';
import { workshopProblem } from './problem';

/**
 * Runs one control call at a time: busy while it runs, the answer applied at once (the feed
 * echoes it to everyone else), and the failure in words until the next call.
 */
export function useControlCall(onControl: (state: ControlState) => void, lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (request: () => Promise<ApiResult<ControlState>>) => {
    setBusy(true);
    setProblem(null);
    const r = await request();
    setBusy(false);
    if (r.ok) onControl(r.value);
    else setProblem(workshopProblem(r.problem, lang));
  };
  return { busy, problem, run };
}
