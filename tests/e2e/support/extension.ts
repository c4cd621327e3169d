/** Chromium with the built extension: shared with `npm start` (scripts/lib/launch-extension.ts). */
export {
  EXTENSION_DIR,
  isBuildCurrent,
  ensureTestKeysBuild,
  MAPPED_HOSTS,
  extensionIdOf,
  launchWithExtension,
  saveSettingsIn,
  serviceWorkerOf,
} from '../../../scripts/lib/launch-extension';
