/**
 * The app's pages as both hosts serve them: which pages exist at which paths ({@link com.socialitsm.web.page.SocialPage}),
 * the i18n bundle and the input limits the front end receives ({@link com.socialitsm.web.page.I18nBundle},
 * {@link com.socialitsm.web.page.FrontEndLimits}), and (in resources) the Velocity templates {@code templates/pages/*.vm}
 * (each page's mount point). The devhost's frame and tracker pages are the devhost's own. Templates are
 * rendered with every reference HTML-escaped; only references named {@code ...Html} or {@code ...Json} are inserted
 * as they are, and only values the host built safely may carry such names.
 */
package com.socialitsm.web.page;
