/** Types for server/browser-zod.mjs (plain JavaScript, since next.config.js imports it). */
export declare const BROWSER_ZOD: string;
export declare function usedZodMiniExports(root: string): string[];
export declare function writeBrowserZod(root: string): void;
