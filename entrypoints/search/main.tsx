import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/fact-card.css';
import '../../components/popup.css';
import { SearchApp } from './App.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SearchApp query={new URLSearchParams(location.search).get('q') ?? ''} />
    </StrictMode>,
  );
}
