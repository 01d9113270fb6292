package com.socialitsm.devhost.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.socialitsm.devhost.page.StaticAssets;

/**
 * Serves {@link StaticAssets} at {@code /s/<version>/...}: the right content type (ES modules load only as
 * JavaScript), an entity tag for revalidation, and long caching for URLs of the running version.
 */
final class StaticHandler extends HttpHandler {
    private final StaticAssets assets;
    private final Answers answers;

    StaticHandler(StaticAssets assets, Answers answers) {
        this.assets = assets;
        this.answers = answers;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
            answers.error(response, 405, "method_not_allowed", "Static files can only be read.");
            return;
        }
        // Path below /s: "/<version>/social-itsm/js/main.js"
        String path = request.getDecodedRequestURI().substring(request.getContextPath().length());
        int slash = path.indexOf('/', 1);
        if (!path.startsWith("/") || slash < 0) {
            notFound(response);
            return;
        }
        String version = path.substring(1, slash);
        Optional<StaticAssets.Asset> found = assets.find(path.substring(slash + 1));
        if (found.isEmpty()) {
            notFound(response);
            return;
        }
        StaticAssets.Asset asset = found.get();
        response.setHeader("ETag", asset.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", version.equals(assets.version())
                ? "public, max-age=31536000, immutable" : "no-cache");
        if (asset.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType(asset.contentType());
        response.setContentLength(asset.bytes().length);
        if (request.getMethod() == Method.GET) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(asset.bytes());
            }
        }
    }

    private static void notFound(Response response) throws IOException {
        response.setStatus(404);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Not found");
    }
}
