/** The file the last export wrote in the desktop app, for "Show in folder" (a browser's downloads bar does that there). */
import { create } from 'zustand';

export const useSavedFile = create<{ path: string | null }>(() => ({ path: null }));
