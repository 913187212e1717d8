import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';
import { startFirstLoad } from './stores/first-load';

// The first reads leave before React draws anything (stores/first-load.ts).
startFirstLoad();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
