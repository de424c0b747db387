import { render } from 'preact';
import { t } from '../shared/i18n.ts';
import '../shared/base.css';
import './options.css';
import { Options } from './Options.tsx';

document.title = t('optionsTitle');
document.documentElement.lang = t('@@ui_locale').slice(0, 2);
render(<Options />, document.getElementById('app')!);
