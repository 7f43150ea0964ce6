package app.obzvon.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server that goes away, for tests: listens on a local port and forwards each connection to the
 * real one (the test PostgreSQL at 127.0.0.1:5432), until told to {@link #cut()} every connection and
 * refuse new ones (closed as soon as they come), as a server or a network that went down would; then
 * {@link #restore()} lets connections through again. {@link #cutAt} cuts at a moment of the protocol:
 * when the client sends a given text (PostgreSQL's {@code COMMIT}), with the text delivered to the
 * server first or not. Threads are daemons; {@link #close()} stops it all.
 */
public final class CuttableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Pipe> pipes = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean refusing;
    private volatile Trigger trigger;
    private volatile boolean closed;

    /** What {@link #cutAt} waits for, and what it does then. */
    private record Trigger(byte[] text, boolean deliver, boolean serverAway) {
    }

    private CuttableProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(this::accept, "proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to the server at this host and port, listening on a free local port. */
    public static CuttableProxy to(String host, int port) {
        try {
            return new CuttableProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** To the test PostgreSQL server's usual place. */
    public static CuttableProxy toLocalPostgres() {
        return to("127.0.0.1", 5432);
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections it let through so far. */
    public int connections() {
        return accepted.get();
    }

    /** The server goes away: every connection through the proxy is cut, and new ones are refused. */
    public void cut() {
        refusing = true;
        for (var pipe : pipes) {
            pipe.close();
        }
    }

    /** The server is back: new connections go through again (the cut ones stay cut). */
    public void restore() {
        trigger = null;
        refusing = false;
    }

    /**
     * Cuts when the client next sends {@code text}, with it delivered to the server first (the server
     * did it, the client never hears so) or not (the server never got it). {@code serverAway}: every
     * connection is cut and new ones are refused until {@link #restore()}; else only the connection
     * that sent it drops, and the server is there for the others.
     */
    public void cutAt(String text, boolean deliver, boolean serverAway) {
        trigger = new Trigger(text.getBytes(StandardCharsets.US_ASCII), deliver, serverAway);
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (refusing) {
                // Down: the connection opens and closes at once, as a server on its way down does.
                quietly(client);
                continue;
            }
            Socket server;
            try {
                server = new Socket();
                server.connect(target, 5_000);
            } catch (IOException e) {
                quietly(client);
                continue;
            }
            accepted.incrementAndGet();
            var pipe = new Pipe(client, server);
            pipes.add(pipe);
            pipe.start();
        }
    }

    /** One connection: two pumps, client to server (watching for the trigger) and back. */
    private final class Pipe {
        private final Socket client;
        private final Socket server;
        /** Set at a delivered cut: the server's answer must never reach the client. */
        private volatile boolean silenced;

        Pipe(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            pump(client, server, true);
            pump(server, client, false);
        }

        /** The server's side: its bytes as they come, unless a delivered cut silenced them. */
        private void pump(Socket from, Socket to, boolean fromClient) {
            var thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    if (fromClient) {
                        messages(new java.io.DataInputStream(new java.io.BufferedInputStream(in)), out);
                        return;
                    }
                    var buffer = new byte[16 * 1024];
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        if (!silenced) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    }
                } catch (IOException e) {
                    // Cut, or the other side closed: the pipe ends.
                } finally {
                    close();
                }
            }, "proxy-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * The client's side, message by message (PostgreSQL's protocol 3), to know when it sends the
         * trigger's text: in a simple query, or in a statement it parsed once and binds each time
         * since (the driver prepares a statement used often, COMMIT too, and then sends only its name).
         * An SSL request is answered "no" here, so the rest can be read.
         */
        private void messages(java.io.DataInputStream in, OutputStream socket) throws IOException {
            var toClient = client.getOutputStream();
            var out = new java.io.BufferedOutputStream(socket, 16 * 1024);
            while (true) {
                int length = in.readInt();
                var body = in.readNBytes(length - 4);
                int code = length == 8 ? java.nio.ByteBuffer.wrap(body).getInt() : 0;
                if (code == 80877103 || code == 80877104) {
                    // SSL or GSS encryption asked for: "no", from here.
                    toClient.write('N');
                    toClient.flush();
                    continue;
                }
                out.write(java.nio.ByteBuffer.allocate(4).putInt(length).array());
                out.write(body);
                out.flush();
                break;
            }
            // Each statement the client parsed, by name: a Bind names one, and that is all it sends.
            var parsed = new java.util.HashMap<String, String>();
            Trigger firing = null;
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                var body = in.readNBytes(length - 4);
                String sql = null;
                if (type == 'Q' || type == 'P' || type == 'B') {
                    var strings = new String(body, StandardCharsets.UTF_8).split("\0", -1);
                    if (type == 'Q') {
                        sql = strings[0];
                    } else if (type == 'P' && strings.length > 1) {
                        parsed.put(strings[0], strings[1]);
                        sql = strings[1];
                    } else if (type == 'B' && strings.length > 1) {
                        sql = parsed.get(strings[1]);
                    }
                }
                var armed = trigger;
                if (firing == null && armed != null && sql != null
                        && sql.contains(new String(armed.text(), StandardCharsets.US_ASCII))) {
                    CuttableProxy.this.trigger = null;
                    firing = armed;
                    if (armed.serverAway()) {
                        refusing = true;
                    }
                    if (!armed.deliver()) {
                        // The server never gets it.
                        cut(armed);
                        return;
                    }
                    silenced = true;
                }
                out.write(type);
                out.write(java.nio.ByteBuffer.allocate(4).putInt(length).array());
                out.write(body);
                if (firing != null && (type == 'S' || type == 'Q')) {
                    // Delivered whole (up to its Sync): the server does it; the client never hears so.
                    out.flush();
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    cut(firing);
                    return;
                }
                // The driver sends a batch in one write: passed on as it came, at its end.
                if (in.available() == 0) {
                    out.flush();
                }
            }
        }

        private void cut(Trigger fired) {
            if (fired.serverAway()) {
                cutAll();
            } else {
                close();
            }
        }

        void close() {
            pipes.remove(this);
            quietly(client);
            quietly(server);
        }
    }

    private void cutAll() {
        for (var pipe : pipes) {
            pipe.close();
        }
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closed already.
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // Closed already.
        }
        cut();
    }
}
