'use client';
import dynamic from 'next/dynamic';
import type { ChoiceFieldsProps } from './choice-fields';
import { loadWhenOnline } from './load-when-online';

/**
 * The open questions a column of this kind raises (a region's election mode, the state units'
 * financing), each as a choice editors can settle and take back; open until someone chooses.
 * Only some kinds of column raise any, none of today's levels among them, so the fields, their
 * texts and the code that writes an answer load with the first column that shows them.
 */
export const ChoiceControls = dynamic<ChoiceFieldsProps>(() => loadWhenOnline(() => import('./choice-fields').then((m) => m.ChoiceFields)), { ssr: false });
