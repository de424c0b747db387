/** Content script at document_start, in every frame: asks for the detection settings ahead (see early-settings.ts). */
import { askEarly } from './early-settings.ts';

askEarly();
