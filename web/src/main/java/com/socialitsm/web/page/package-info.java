/**
 * The app's pages as both hosts serve them: which pages exist at which paths ({@link com.socialitsm.web.page.SocialPage}),
 * the i18n bundle the front end receives ({@link com.socialitsm.web.page.I18nBundle}), and (in resources) the Velocity
 * templates: {@code templates/frame.vm} (the page frame: header, navigation, scripts), {@code templates/pages/*.vm}
 * (each page's mount point) and {@code templates/devhost/*.vm} (the devhost's demo tracker pages). Templates are
 * rendered with every reference HTML-escaped; only references named {@code ...Html} or {@code ...Json} are inserted
 * as they are, and only values the host built safely may carry such names.
 */
package com.socialitsm.web.page;
