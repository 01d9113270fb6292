package com.socialitsm.devhost.http;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.RequestURIRef;
import org.glassfish.grizzly.memory.Buffers;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers a request whose path cannot be decoded — broken percent-encoding ({@code %zz}), a NUL ({@code %00}),
 * bytes that are not UTF-8 ({@code %C0%AF}), an encoded slash ({@code %2F}) — with 400 and the JSON error body, as
 * Jira's Tomcat answers 400. Grizzly's handler chain decodes the path before any handler runs and answers such a
 * request with an empty 500 (found by the REST fuzz test's path tricks). The connection is closed after the answer:
 * the rest of the request is not read.
 */
final class RejectUndecodablePaths implements AddOn {
    private final byte[] body;

    RejectUndecodablePaths(ObjectMapper mapper) {
        String message = "The request path is not valid: it has broken percent-encoding, a NUL, an encoded slash "
                + "or bytes that are not UTF-8.";
        try {
            body = mapper.writeValueAsBytes(new Answers.ErrorBody("bad_request", message, java.util.List.of(message),
                    java.util.Map.of()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        builder.add(codec + 1, new BaseFilter() {
            @Override
            public NextAction handleRead(FilterChainContext ctx) throws IOException {
                Object message = ctx.getMessage();
                if (!(message instanceof HttpContent content)
                        || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
                    return ctx.getInvokeAction();
                }
                if (request.isSkipRemainder()) {
                    return ctx.getStopAction(); // the rest of a request already answered
                }
                if (decodable(request)) {
                    return ctx.getInvokeAction();
                }
                request.setSkipRemainder(true);
                HttpResponsePacket response = request.getResponse();
                response.setStatus(400);
                response.setContentType("application/json;charset=UTF-8");
                response.setContentLength(body.length);
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Connection", "close");
                Buffer buffer = Buffers.wrap(ctx.getMemoryManager(), body);
                Connection<?> connection = ctx.getConnection();
                ctx.write(HttpContent.builder(response).content(buffer).last(true).build(),
                        new EmptyCompletionHandler<WriteResult>() {
                            @Override
                            public void completed(WriteResult result) {
                                connection.closeSilently();
                            }

                            @Override
                            public void failed(Throwable throwable) {
                                connection.closeSilently();
                            }
                        });
                return ctx.getStopAction();
            }
        });
    }

    /** Decodes a copy of the path as Grizzly's handler chain will (UTF-8, no encoded slash), to see if it can. */
    private static boolean decodable(HttpRequestPacket request) {
        // The request line's bytes, as received (a String init would decode %XX as Latin-1 and accept anything).
        byte[] raw = request.getRequestURIRef().getOriginalRequestURIBC().toString()
                .getBytes(StandardCharsets.ISO_8859_1);
        RequestURIRef copy = new RequestURIRef();
        copy.init(raw, 0, raw.length);
        try {
            copy.getDecodedRequestURIBC(false, StandardCharsets.UTF_8);
            return true;
        } catch (CharConversionException | RuntimeException e) {
            return false; // Grizzly's decoder also throws IllegalArgument- and IllegalStateExceptions for a bare %
        }
    }
}
