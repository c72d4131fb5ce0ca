// A third party's page script, bundled by esbuild from the installed @wharf/elements (scripts/check-packages.ts) and
// rendered in headless Chromium.
import '@wharf/elements/register-form';

document.body.innerHTML = '<wharf-register-form></wharf-register-form>';
