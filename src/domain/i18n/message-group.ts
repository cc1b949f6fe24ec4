import type { Language } from "./language";

/**
 * The messages of one part of the task pane in every language. English names the keys; every other language must
 * give exactly those keys (the compiler checks it here, and test/domain/i18n.test.ts checks the placeholders).
 */
export type MessageGroup<K extends string> = { readonly [language in Language]: { readonly [key in K]: string } };

export function messageGroup<K extends string>(group: MessageGroup<K>): MessageGroup<K> {
  return group;
}
