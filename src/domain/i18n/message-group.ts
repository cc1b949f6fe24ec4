/**
 * One group's messages in a language other than English (messages/<group>/<language>.ts): exactly the keys of the
 * group's English file, each a string. The compiler checks the keys here; test/domain/i18n.test.ts checks that the
 * placeholders are English's. A language lives in files of its own so that its messages load only when it is used.
 */
export type Translation<English> = { readonly [key in keyof English]: string };
