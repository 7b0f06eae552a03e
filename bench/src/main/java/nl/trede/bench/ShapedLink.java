package nl.trede.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mobile link between a device and a server, in the benchmark instead of the machine's traffic
 * control (which needs root and would shape the neighbours' builds too): a TCP relay that lets
 * bytes through each way no faster than the link's bit rate and delivers them half a round trip
 * later. The bit rate is shared by all connections of the link, as on a phone's one radio; a new
 * connection first waits a round trip (TCP's handshake; TLS would add one or two more, not
 * modelled, nor slow start or loss).
 *
 * <p>It also counts what crossed it (HTTP requests, bytes each way as sent: headers and bodies,
 * compressed where the ends compressed), and can take {@code Accept-Encoding} off the requests,
 * so the server answers uncompressed, to measure what compression gives.
 */
public final class ShapedLink implements AutoCloseable {
  /** The largest piece paced at once: one TCP segment on a 1500-byte MTU. */
  private static final int SEGMENT = 1460;
  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");
  private static final Pattern ACCEPT_ENCODING = Pattern.compile("(?im)^accept-encoding:[^\\r\\n]*\\r\\n");

  /** A link's bit rate (each way) and round-trip time. */
  public record Shape(String name, long bitsPerSecond, Duration roundTrip) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s (%.1f Mbit/s, %d ms round trip)", name, bitsPerSecond / 1e6,
          roundTrip.toMillis());
    }
  }

  /** What crossed the link: requests and bytes from the device (up) and to it (down). */
  public record Traffic(int requests, long up, long down) {
    public Traffic minus(Traffic before) {
      return new Traffic(requests - before.requests, up - before.up, down - before.down);
    }
  }

  private final Shape shape;
  private final InetSocketAddress target;
  private final boolean plainAnswers;
  private final ServerSocket listener;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "shaped-link");
    t.setDaemon(true);
    return t;
  });
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Direction up;
  private final Direction down;
  private final AtomicInteger requests = new AtomicInteger();

  /**
   * @param plainAnswers take {@code Accept-Encoding} off every request, so answers come uncompressed
   */
  public ShapedLink(String serverUrl, Shape shape, boolean plainAnswers) throws IOException {
    URI uri = URI.create(serverUrl);
    this.shape = shape;
    this.target = new InetSocketAddress(uri.getHost(), uri.getPort());
    this.plainAnswers = plainAnswers;
    this.up = new Direction(shape);
    this.down = new Direction(shape);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  public Traffic traffic() {
    return new Traffic(requests.get(), up.bytes.get(), down.bytes.get());
  }

  /** The time the link itself needs for this traffic: its round trips and the bytes at its bit rate, one way after the other. */
  public double floorMs(int roundTrips, Traffic traffic) {
    return roundTrips * shape.roundTrip().toNanos() / 1e6 + (traffic.up() + traffic.down()) * 8e3 / shape.bitsPerSecond();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket device = listener.accept();
        threads.execute(() -> connect(device));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void connect(Socket device) {
    try {
      sockets.add(device);
      device.setTcpNoDelay(true);
      LockSupport.parkNanos(shape.roundTrip().toNanos()); // SYN, SYN-ACK
      Socket server = new Socket();
      sockets.add(server);
      server.setTcpNoDelay(true);
      server.connect(target);
      Pipe toServer = new Pipe(up, server);
      Pipe toDevice = new Pipe(down, device);
      threads.execute(toServer::deliver);
      threads.execute(toDevice::deliver);
      threads.execute(() -> requests(device, toServer));
      threads.execute(() -> copy(server, toDevice));
    } catch (IOException e) {
      close(device);
    }
  }

  /** Device to server, request by request (HTTP/1.1 with Content-Length, as the JDK's client sends). */
  private void requests(Socket device, Pipe toServer) {
    try (InputStream in = new BufferedInputStream(device.getInputStream())) {
      byte[] head;
      while ((head = head(in)) != null) {
        requests.incrementAndGet();
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.regionMatches(true, 0, "PRI ", 0, 4) || text.toLowerCase(Locale.ROOT).contains("transfer-encoding")) {
          throw new IllegalStateException("the link relays HTTP/1.1 requests with a Content-Length only");
        }
        if (plainAnswers) {
          text = ACCEPT_ENCODING.matcher(text).replaceAll("");
        }
        send(toServer, text.getBytes(StandardCharsets.ISO_8859_1));
        Matcher length = CONTENT_LENGTH.matcher(text);
        long body = length.find() ? Long.parseLong(length.group(1)) : 0;
        while (body > 0) {
          byte[] piece = in.readNBytes((int) Math.min(SEGMENT, body));
          if (piece.length == 0) {
            break;
          }
          toServer.send(piece);
          body -= piece.length;
        }
      }
    } catch (IOException e) {
      // the device closed the connection
    } finally {
      toServer.end();
    }
  }

  /** A request's head up to and including the blank line, or null at the end of the stream. */
  private static byte[] head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toByteArray();
      }
    }
    return null;
  }

  private static void send(Pipe pipe, byte[] bytes) {
    for (int from = 0; from < bytes.length; from += SEGMENT) {
      pipe.send(java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + SEGMENT)));
    }
  }

  /** Server to device, as it comes. */
  private void copy(Socket server, Pipe toDevice) {
    try (InputStream in = server.getInputStream()) {
      byte[] buffer = new byte[SEGMENT];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        toDevice.send(java.util.Arrays.copyOf(buffer, n));
      }
    } catch (IOException e) {
      // the server closed the connection
    } finally {
      toDevice.end();
    }
  }

  /** One way of the link: when the next byte can leave, shared by every connection. */
  private static final class Direction {
    private final double nanosPerByte;
    private final long delay;
    private final AtomicLong bytes = new AtomicLong();
    private long free;

    Direction(Shape shape) {
      this.nanosPerByte = 8e9 / shape.bitsPerSecond();
      this.delay = shape.roundTrip().toNanos() / 2;
    }

    /** Puts {@code n} bytes on the link now (or when it is free): when their last byte arrives. */
    synchronized long arrival(int n) {
      free = Math.max(free, System.nanoTime()) + (long) (n * nanosPerByte);
      bytes.addAndGet(n);
      return free + delay;
    }
  }

  /** One connection's bytes on one way of the link, written to the far end when they arrive. */
  private final class Pipe {
    private record Piece(long arrival, byte[] bytes) {}

    private static final Piece END = new Piece(0, null);
    private final Direction direction;
    private final Socket far;
    private final BlockingQueue<Piece> queue = new LinkedBlockingQueue<>();

    Pipe(Direction direction, Socket far) {
      this.direction = direction;
      this.far = far;
    }

    void send(byte[] bytes) {
      queue.add(new Piece(direction.arrival(bytes.length), bytes));
    }

    void end() {
      queue.add(END);
    }

    void deliver() {
      try {
        OutputStream out = far.getOutputStream();
        while (true) {
          Piece piece = queue.take();
          if (piece == END) {
            far.shutdownOutput();
            return;
          }
          long wait;
          while ((wait = piece.arrival() - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
          }
          out.write(piece.bytes());
          out.flush();
        }
      } catch (IOException e) {
        close(far);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(ShapedLink::close);
    threads.shutdownNow();
  }
}
