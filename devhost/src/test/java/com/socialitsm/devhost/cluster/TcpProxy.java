package com.socialitsm.devhost.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 between one node and its database, which the test can cut to make a network partition:
 * {@link #cut()} resets every connection through it and stops listening, so new connections are refused, until
 * {@link #heal()} listens again on the same port. Each connection is two copying threads, which end when either side
 * closes; {@link #close()} closes everything and waits (bounded) for every thread to end.
 */
final class TcpProxy implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;
    private boolean cut;
    private int connections;

    private TcpProxy(int targetPort, ServerSocket listener) {
        this.targetPort = targetPort;
        this.listener = listener;
        this.port = listener.getLocalPort();
    }

    /** A proxy on a free port of 127.0.0.1 that forwards every connection to 127.0.0.1:{@code targetPort}. */
    static TcpProxy start(int targetPort) throws IOException {
        ServerSocket listener = listen(0);
        TcpProxy proxy = new TcpProxy(targetPort, listener);
        proxy.accepting(listener);
        return proxy;
    }

    int port() {
        return port;
    }

    /** Connections accepted so far. */
    synchronized int connections() {
        return connections;
    }

    /** Drops every connection (with a reset, as a broken network does) and refuses new ones until {@link #heal()}. */
    synchronized void cut() {
        cut = true;
        closeQuietly(listener);
        for (Socket s : sockets) {
            reset(s);
        }
    }

    /** Listens on the same port again. */
    synchronized void heal() throws IOException {
        if (!cut) {
            return;
        }
        listener = listen(port);
        cut = false;
        accepting(listener);
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return s;
    }

    private void accepting(ServerSocket on) {
        spawn("proxy-accept-" + port, () -> {
            while (!on.isClosed()) {
                Socket client;
                try {
                    client = on.accept();
                } catch (IOException e) {
                    return; // closed by cut() or close()
                }
                connect(client);
            }
        });
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort),
                    CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            reset(client); // the database is down: the client sees its connection fail, as without a proxy
            closeQuietly(upstream);
            return;
        }
        synchronized (this) {
            if (cut) {
                reset(client);
                reset(upstream);
                return;
            }
            connections++;
            sockets.add(client);
            sockets.add(upstream);
        }
        spawn("proxy-up-" + port, () -> copy(client, upstream));
        spawn("proxy-down-" + port, () -> copy(upstream, client));
    }

    /** Copies until either side ends; then closes both, so the other copying thread ends too. */
    private void copy(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // reset, closed by cut() or close(), or the other side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private void spawn(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } finally {
                threads.remove(Thread.currentThread());
            }
        }, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0); // close with RST rather than FIN
        } catch (IOException e) {
            // already closed
        }
        closeQuietly(s);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** Closes the listener and every connection, and waits up to 10 s for the proxy's threads to end. */
    @Override
    public void close() throws InterruptedException {
        cut();
        long deadline = System.currentTimeMillis() + 10_000;
        for (Thread t : new ArrayList<>(threads)) {
            t.join(Math.max(1, deadline - System.currentTimeMillis()));
        }
        List<String> alive = threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
        if (!alive.isEmpty()) {
            throw new IllegalStateException("proxy threads still running: " + alive);
        }
    }
}
