/**
 * The main window's web preferences, fixed in one place (Electron security checklist items 2-4, 6, 8-12).
 * Most are Electron's defaults; they are spelled out so a test can see them and no one flips one quietly.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: true;
}

export function mainWindowWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // enableBlinkFeatures is deliberately absent.
    webviewTag: false,
    // A file dropped on the window must not replace the app with it.
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}
