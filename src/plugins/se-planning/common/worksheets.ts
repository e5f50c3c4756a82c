/**
 * The 11 worksheets ("Darba lapa #1–#11") by number, with their full titles as the method gives them
 * (the words are data, in worksheets.json).
 */
import type { Label } from './vocabulary';
import titles from './worksheets.json';

export const worksheets: Readonly<Record<number, Label>> = Object.freeze(titles);
