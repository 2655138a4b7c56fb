import type { Noted } from './openapi-document.ts';

/** An extension's value without its `x-mediagen-assumption` note, which metadata does not carry. */
export function withoutNotes<T extends object>(value: T): Omit<T, keyof Noted> {
  const { 'x-mediagen-assumption': _note, ...rest } = value as T & Noted;
  return rest;
}
