package dev.briefing.slack;

import com.google.gson.JsonObject;
import dev.briefing.slack.testing.Fixtures;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on 127.0.0.1: greets each connection with {@code hello}, sends envelopes
 * the test hands it, and records the acknowledgements (envelope ids) the bot sends back.
 */
final class FakeSocketModeServer extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
  private final List<String> acks = new CopyOnWriteArrayList<>();

  FakeSocketModeServer() throws InterruptedException {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the fake Socket Mode server did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link";
  }

  boolean connected() {
    return !connections.isEmpty();
  }

  /** Sends one envelope: {@code type} events_api or slash_commands, {@code payload} JSON. */
  void deliver(String envelopeId, String type, String payload, int retryAttempt) {
    String envelope =
        "{\"envelope_id\":\""
            + envelopeId
            + "\",\"type\":\""
            + type
            + "\",\"accepts_response_payload\":false,\"retry_attempt\":"
            + retryAttempt
            + ",\"retry_reason\":\""
            + (retryAttempt > 0 ? "timeout" : "")
            + "\",\"payload\":"
            + payload
            + "}";
    connections.forEach(c -> c.send(envelope));
  }

  List<String> acks() {
    return List.copyOf(acks);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    connections.add(conn);
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,"
            + "\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
            + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    JsonObject json = Fixtures.GSON.fromJson(message, JsonObject.class);
    if (json.has("envelope_id")) {
      acks.add(json.get("envelope_id").getAsString());
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    connections.remove(conn);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // the bot reconnects or the test fails on its own assertions
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  void shutdown() throws InterruptedException {
    stop(1000);
  }
}
