import { render } from 'preact';
import { t } from '../shared/i18n.ts';
import '../shared/base.css';
import './popup.css';
import { Popup } from './Popup.tsx';

document.title = t('popupTitle');
document.documentElement.lang = t('@@ui_locale').slice(0, 2);
render(<Popup />, document.getElementById('app')!);
