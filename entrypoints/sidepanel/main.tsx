import { render } from 'preact';
import '../../lib/ui/styles.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
