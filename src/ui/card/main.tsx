import { render } from 'preact';
import '../shared/base.css';
import './card.css';
import { CardView } from './CardView.tsx';

render(<CardView />, document.getElementById('app')!);
