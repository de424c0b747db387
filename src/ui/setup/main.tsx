import { render } from 'preact';
import { t } from '../shared/i18n.ts';
import '../shared/base.css';
import './setup.css';
import { Setup } from './Setup.tsx';

document.title = t('setupTitle');
document.documentElement.lang = t('@@ui_locale').slice(0, 2);
render(<Setup />, document.getElementById('app')!);
