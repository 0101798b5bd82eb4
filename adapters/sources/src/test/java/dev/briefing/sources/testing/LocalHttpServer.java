package dev.briefing.sources.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A JDK HttpServer on 127.0.0.1 with a random port; records every request's headers. */
public final class LocalHttpServer implements AutoCloseable {
  /** A request as the server saw it. */
  public record Seen(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Seen> requests = new CopyOnWriteArrayList<>();

  public LocalHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.start();
  }

  /** Every request so far, in the order they arrived. */
  public List<Seen> requests() {
    return requests;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public void on(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          requests.add(
              new Seen(
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("If-None-Match"),
                  exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                  exchange.getRequestHeaders().getFirst("User-Agent")));
          try (exchange) {
            handler.handle(exchange);
          } catch (IOException e) {
            // the client went away (timeout, size cap): expected in these tests
          }
        });
  }

  public void serve(String path, String contentType, byte[] body) {
    on(path, exchange -> send(exchange, 200, contentType, body));
  }

  public void serve(String path, String contentType, String body) {
    serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers only when the server closes: a server that has stopped responding. */
  public void hang(String path) {
    on(
        path,
        exchange -> {
          try {
            closing.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  public void redirect(String path, String location) {
    on(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Location", location);
          exchange.sendResponseHeaders(302, -1);
        });
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
