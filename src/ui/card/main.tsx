import { render } from 'preact';
import { t } from '../shared/i18n.ts';
import '../shared/base.css';
import './card.css';
import { CardView } from './CardView.tsx';

document.title = t('cardRinging');
document.documentElement.lang = t('@@ui_locale').slice(0, 2);
render(<CardView />, document.getElementById('app')!);
