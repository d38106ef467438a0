import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/fact-card.css';
import '../../components/options.css';
import { OptionsApp } from './App.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
}
