import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Localized } from '../../components/localized.tsx';
import { textsIn } from '../../components/texts.ts';
import { browserMessages } from '../../platform/i18n.ts';
import '../../components/fact-card.css';
import '../../components/popup.css';
import { SearchApp } from './App.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Localized texts={textsIn(browserMessages)} title={(texts) => texts.SEARCH_PAGE_TEXTS.title}>
        <SearchApp query={new URLSearchParams(location.search).get('q') ?? ''} />
      </Localized>
    </StrictMode>,
  );
}
