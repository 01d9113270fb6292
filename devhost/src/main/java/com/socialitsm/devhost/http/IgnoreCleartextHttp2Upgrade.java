package com.socialitsm.devhost.http;

import java.io.IOException;
import java.util.Locale;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers requests that offer an upgrade to cleartext HTTP/2 ({@code Upgrade: h2c}, which Java's
 * {@code HttpClient} sends by default) as plain HTTP/1.1 requests, as Tomcat does. Grizzly would otherwise take
 * every {@code Upgrade} request as a protocol switch: the request body would not be read as HTTP content and the
 * connection would close after the answer. Load-test and two-node scripts use that client.
 */
final class IgnoreCleartextHttp2Upgrade implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        // The codec announces an upgrade to the filters after it (upstream), before it reads the body.
        builder.add(codec + 1, new BaseFilter() {
            @Override
            public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
                if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
                    HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
                    String upgrade = header.getUpgrade();
                    if (upgrade != null && upgrade.toLowerCase(Locale.ROOT).startsWith("h2c")) {
                        header.getUpgradeDC().recycle();
                        header.setIgnoreContentModifiers(false);
                        header.getHeaders().removeHeader("Upgrade");
                        header.getHeaders().removeHeader("HTTP2-Settings");
                    }
                }
                return ctx.getInvokeAction();
            }
        });
    }
}
