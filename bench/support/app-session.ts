/**
 * The app's own session (AppDatabase) behind the real dispatch, for benchmarks. Built here, in one module
 * graph, because a .mts benchmark importing AppDatabase and makeHandlers separately can get two copies of
 * the class under tsx, and the handler table then fails to recognise the session.
 */
import { AppDatabase } from '../../electron/app-database';
import { makeDispatch, type Dispatch } from '../../electron/api/dispatch';
import { makeHandlers } from '../../electron/api/handlers';

export async function openAppSession(file: string): Promise<{ app: AppDatabase; dispatch: Dispatch }> {
  const app = await AppDatabase.open(file);
  return { app, dispatch: makeDispatch(makeHandlers(app)) };
}
