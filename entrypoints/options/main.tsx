import { render } from 'preact';
import '../../lib/ui/styles.css';
import { DataSection } from './DataSection';
import { EngineSection } from './EngineSection';
import { ProfileSection } from './ProfileSection';
import { ResultsSection } from './ResultsSection';
import { SitesSection } from './SitesSection';

function Options() {
  return (
    <main class="page">
      <h1>Tastebud options</h1>
      <p class="muted">Everything here stays in this browser. Nothing is sent anywhere.</p>
      <SitesSection />
      <EngineSection />
      <ProfileSection />
      <ResultsSection />
      <DataSection />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
