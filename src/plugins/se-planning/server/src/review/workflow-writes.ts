/**
 * Writes only the workflow itself may make (review state, history) run inside this context;
 * the document-service middleware refuses them anywhere else.
 */
import { AsyncLocalStorage } from 'async_hooks';

const storage = new AsyncLocalStorage<true>();

export const asWorkflow = <T>(work: () => Promise<T>): Promise<T> => storage.run(true, work);
export const inWorkflow = (): boolean => storage.getStore() === true;
