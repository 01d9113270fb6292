package com.socialitsm.devhost.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.io.InputBuffer;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.socialitsm.web.rest.BodySizeLimit;

/**
 * The outermost wrapper of every devhost handler: a request's whole body is read before the handler runs, without a
 * worker thread waiting for it. Handlers read bodies with blocking reads (form parameters, Jersey's entity stream);
 * a client that announces a body and trickles it would hold a worker for as long as it likes, and 32 such clients
 * held all of them (issue 21, item 2: {@code /status} answered after 29 s, then 500s with stack traces).
 * <p>
 * So: a body over {@link #MAX_BODY_BYTES} is refused (413; read and dropped first up to {@link #SWALLOW_BYTES}) and a
 * state-changing request without a length (chunked) gets 411, unread, closing the connection; any other body is awaited with the response suspended and Grizzly
 * notifying us as bytes arrive ({@link InputBuffer#notifyAvailable}); when all of it is there, the wrapped handler
 * runs on the thread that received the last bytes, and its reads never block. A body not complete within the
 * timeout is answered 408 (the JSON error), and the connection closed — a slow or vanished client is an INFO line,
 * never an ERROR. Tomcat's {@code connectionTimeout} (20 s by default) is the same idea.
 */
final class BodyFirst {
    private static final Logger LOG = LoggerFactory.getLogger(BodyFirst.class);
    private static final long MAX_BODY_BYTES = BodySizeLimit.MAX_BODY_BYTES;
    /**
     * A body announced up to this size over the limit is read (without a worker thread) and dropped before the 413,
     * as Tomcat does up to its maxSwallowSize: closing the connection with the client's bytes unread makes the TCP
     * stack reset it, and the client may lose the 413 with it. A larger one is refused unread.
     */
    private static final long SWALLOW_BYTES = 2 * MAX_BODY_BYTES;

    private final Duration timeout;
    private final Answers answers;

    BodyFirst(Duration timeout, Answers answers) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The body read timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        this.answers = answers;
    }

    /** The handler, run once the request's body is all there; its lifecycle (start, destroy) is passed through. */
    HttpHandler wrap(HttpHandler delegate) {
        return DelegatingHandler.around(delegate, this::serve);
    }

    private void serve(HttpHandler delegate, Request request, Response response) throws Exception {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader(Header.TransferEncoding) != null;
        if (length > SWALLOW_BYTES) {
            refuseUnread(request, response, 413, "too_large", "The request body is larger than 1 MB.");
            return;
        }
        if (chunked && !isSafe(request.getMethod())) {
            refuseUnread(request, response, 411, "length_required", "Send the request body with a Content-Length.");
            return;
        }
        // The input buffer, not getNIOInputStream(): once a handler took the stream, Grizzly no longer parses a form
        // body into parameters.
        InputBuffer body = request.getInputBuffer();
        if ((length <= 0 && !chunked) || body.isFinished()) {
            delegate.service(request, response);
            return;
        }
        AwaitedBody awaited = new AwaitedBody(delegate, request, response, body, length > MAX_BODY_BYTES);
        response.suspend(timeout.toMillis(), TimeUnit.MILLISECONDS, new EmptyCompletionHandler<>(), r -> {
            awaited.timedOut();
            return true; // Grizzly finishes the response: the 408 written by timedOut()
        });
        // Grizzly calls onDataAvailable() once this much is there, which no body within the limit reaches, and
        // onAllDataRead() once the last bytes came: one notification per body, not one per packet.
        body.notifyAvailable(awaited, (int) SWALLOW_BYTES + 1);
    }

    /**
     * Answers without reading the body, and closes the connection once the answer is out: Grizzly would otherwise
     * wait for the announced body to skip it, and a client need never send it.
     */
    private void refuseUnread(Request request, Response response, int status, String code, String message)
            throws IOException {
        response.setHeader(Header.Connection, "close");
        answers.error(response, status, code, message);
        request.getContext().getConnection().closeSilently(); // graceful: queued writes go out first
    }

    private static boolean isSafe(Method method) {
        return method == Method.GET || method == Method.HEAD || method == Method.OPTIONS;
    }

    /** One request's body arriving; exactly one of "all read", "timed out", "failed" decides what happens. */
    private final class AwaitedBody implements ReadHandler {
        private final HttpHandler delegate;
        private final Request request;
        private final Response response;
        private final InputBuffer body;
        /** The body is over the limit: read it only to answer 413 on a connection that can deliver it. */
        private final boolean tooLarge;
        private final String what;
        private final Connection<?> connection;
        private final AtomicBoolean decided = new AtomicBoolean();

        AwaitedBody(HttpHandler delegate, Request request, Response response, InputBuffer body, boolean tooLarge) {
            this.delegate = delegate;
            this.tooLarge = tooLarge;
            this.request = request;
            this.response = response;
            this.body = body;
            // Kept now: the request is recycled once answered, and a late callback must still say what it was about.
            this.connection = request.getContext().getConnection();
            this.what = request.getMethod() + " " + request.getRequestURI() + " from " + request.getRemoteAddr();
        }

        /** More than the swallow size is there: only a chunked body gets here, a known length was checked before. */
        @Override
        public void onDataAvailable() throws Exception {
            if (decided.compareAndSet(false, true)) {
                refuseTooLarge();
            }
        }

        @Override
        public void onAllDataRead() throws Exception {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            if (tooLarge) {
                refuseTooLarge();
                return;
            }
            try {
                delegate.service(request, response);
            } finally {
                // Jersey resumes a suspended response itself when it commits its answer; the devhost's own handlers
                // do not: the answer goes out here.
                resumeIfSuspended();
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (decided.compareAndSet(false, true)) {
                LOG.info("The request body of {} did not arrive: {}", what, failure.toString());
                if (response.isSuspended()) {
                    response.cancel();
                }
            }
        }

        /** Called by Grizzly's timer while the response is still suspended. */
        void timedOut() {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            LOG.info("The request body of {} did not arrive within {} s: answered 408", what, timeout.toSeconds());
            try {
                response.setHeader(Header.Connection, "close");
                answers.error(response, 408, "request_timeout", "The request body did not arrive within "
                        + timeout.toSeconds() + " s.");
                // Else Grizzly would wait for the rest of the body to skip it: the client decides when that is.
                connection.closeSilently();
            } catch (IOException | RuntimeException e) {
                LOG.info("Could not answer 408 to {}: {}", what, e.toString());
            }
        }

        private void refuseTooLarge() throws IOException {
            response.setHeader(Header.Connection, "close");
            answers.error(response, 413, "too_large", "The request body is larger than 1 MB.");
            resumeIfSuspended();
            connection.closeSilently();
        }

        private void resumeIfSuspended() {
            if (response.isSuspended()) {
                response.resume();
            }
        }
    }
}
