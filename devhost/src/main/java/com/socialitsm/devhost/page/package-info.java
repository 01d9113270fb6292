/**
 * How the devhost renders the web module's pages: Velocity with auto-escaping ({@link
 * com.socialitsm.devhost.page.PageRenderer}), the static files they load ({@link
 * com.socialitsm.devhost.page.StaticAssets}), and small view helpers. No Jakarta EE (jakarta.ws.rs, jakarta.servlet) here.
 */
package com.socialitsm.devhost.page;
