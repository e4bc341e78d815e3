import { showCheckAfterSave } from './check-notice.ts';
import { decapWindow } from './decap-globals.ts';
import { mdxFormat, yamlFormat } from './formats.ts';
import { mdxWidget } from './mdx-widget.ts';
import { reopenAfterSave } from './reopen-after-save.ts';
import { directionFromText } from './text-direction.ts';

/**
 * The editor page's own script (admin/editor.js), loaded before Decap CMS: it stops Decap from
 * starting by itself, then registers this site's file formats and body widget and starts it with
 * admin/config.yml, which the build made from the content kinds.
 */
decapWindow.CMS_MANUAL_INIT = true;

window.addEventListener('DOMContentLoaded', () => {
  const { CMS } = decapWindow;
  CMS.registerCustomFormat('mdx-preserving', 'mdx', mdxFormat);
  CMS.registerCustomFormat('yaml-preserving', 'yaml', yamlFormat);
  CMS.registerWidget('mdx', mdxWidget());
  CMS.init();
  showCheckAfterSave();
  reopenAfterSave();
  directionFromText(document.body);
});
