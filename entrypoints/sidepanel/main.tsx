import { render } from 'preact';
import '../../lib/ui/styles.css';
import { App } from './App';
import { hostCurationModel } from './model-host';

// The background's curation asks this page's model to judge free-text wishes (issue 6).
hostCurationModel();
render(<App />, document.getElementById('app')!);
