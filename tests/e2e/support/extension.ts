/** Chromium with the built extension: shared with `npm start` (scripts/lib/launch-extension.ts). */
export {
  EXTENSION_DIR,
  MAPPED_HOSTS,
  extensionIdOf,
  launchWithExtension,
  serviceWorkerOf,
} from '../../../scripts/lib/launch-extension';
