import { addCustomCardInputSchema, type AddCustomCardInput } from '@/lib/board-ops';
import { MAX_CUSTOM_COST_KR, MAX_CUSTOM_STAFF } from '@/lib/custom-cards';
import { formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang, type Translate } from '@/lib/i18n';
import { boardFormsText } from '@/lib/i18n/board-forms';

/** The form's fields that can be wrong, each with the sentence shown beside it. */
export type CustomCardField = 'name' | 'cost' | 'staff' | 'note';
export type CustomCardErrors = Partial<Record<CustomCardField | 'form', string>>;

const FIELDS: readonly string[] = ['name', 'cost', 'staff', 'note'] satisfies CustomCardField[];

type Issue = { path: PropertyKey[]; code: string; maximum?: unknown };

/**
 * The card's input checked against the shared schema before anything is written, each problem
 * in plain words beside its field. The schema's messages name fields as code does, so the words
 * are the page's own; the upper bound comes from the schema's answer, which keeps the two in step.
 * Empty when the input is fine.
 */
export function customCardErrors(input: AddCustomCardInput, lang: Lang): CustomCardErrors {
  const parsed = addCustomCardInputSchema.safeParse(input);
  if (parsed.success) return {};
  const t = translator(boardFormsText, lang);
  const errors: CustomCardErrors = {};
  for (const issue of parsed.error.issues as Issue[]) {
    const field = String(issue.path[0] ?? '');
    const key: CustomCardField | 'form' = FIELDS.includes(field) ? (field as CustomCardField) : 'form';
    errors[key] ??= message(key, issue, input, t, lang);
  }
  return errors;
}

function message(field: CustomCardField | 'form', issue: Issue, input: AddCustomCardInput, t: Translate<(typeof boardFormsText)['nb']>, lang: Lang): string {
  const max = typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint' ? Number(issue.maximum) : null;
  if (field === 'cost' || field === 'staff') {
    // Number("12abc") is NaN: the text was no number at all, which is another mistake than a number out of range.
    if (Number.isNaN(input[field])) return t('custom.notNumber');
    return field === 'cost'
      ? t('custom.costRange', { max: formatNok(max ?? MAX_CUSTOM_COST_KR, lang) })
      : t('custom.staffRange', { max: formatNumber(max ?? MAX_CUSTOM_STAFF, 0, lang) });
  }
  if (field === 'name') return t('custom.nameRequired');
  return t('custom.failed');
}
