/**
 * How the devhost renders its pages: Velocity with auto-escaping ({@link com.socialitsm.devhost.page.PageRenderer}),
 * the static files they load ({@link com.socialitsm.devhost.page.StaticAssets}), and small view helpers. The frame,
 * the tracker's templates and the devhost's look are this module's resources ({@code templates/devhost/},
 * {@code devhost-static/devhost/}); the app's page templates and front end come from the web module. No Jakarta EE (jakarta.ws.rs, jakarta.servlet) here.
 */
package com.socialitsm.devhost.page;
