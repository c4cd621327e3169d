import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/services/background';

export default defineBackground(() => {
  startBackground();
});
