import { render } from 'preact';
import '../shared/base.css';
import './popup.css';
import { Popup } from './Popup.tsx';

render(<Popup />, document.getElementById('app')!);
