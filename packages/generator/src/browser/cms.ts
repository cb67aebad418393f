// Entry of the web editor's own script (bundled by ../browser-bundle.ts; ../admin.ts writes it to /admin/cms.<hash>.js), loaded right
// after Decap's bundle and before Decap reads its configuration.
import { installCmsAdditions, type CmsRegistry } from "./cms-i18n.js";

installCmsAdditions((window as unknown as { CMS: CmsRegistry }).CMS);
