import * as z from 'zod/mini';
import { emailSettingsSchema, notificationListSchema, type EmailSettings, type EmailSettingsInput, type NotificationList } from '@/lib/notifications';
import { call, type ApiResult } from '../shell/api';

const marked = z.extend(notificationListSchema, { changed: z.number() });
const saved = z.extend(emailSettingsSchema, { confirmationSent: z.boolean() });

/** The notification endpoints as the board page calls them, with the participant's own token; never throws. */
export function notificationsApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}/notifications`;
  return {
    list: (): Promise<ApiResult<NotificationList>> => call(notificationListSchema, token, base),
    markRead: (ids: string[] | 'all'): Promise<ApiResult<NotificationList>> => call(marked, token, `${base}/read`, { method: 'POST', body: ids === 'all' ? { all: true } : { ids } }),
    email: (): Promise<ApiResult<EmailSettings>> => call(emailSettingsSchema, token, `${base}/email`),
    saveEmail: (input: EmailSettingsInput): Promise<ApiResult<EmailSettings & { confirmationSent: boolean }>> => call(saved, token, `${base}/email`, { method: 'PUT', body: input }),
    removeEmail: (): Promise<ApiResult<{ removed: boolean }>> => call(z.object({ removed: z.boolean() }), token, `${base}/email`, { method: 'DELETE' }),
  };
}
