package dev.briefing.loadtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Block Kit {@code block_actions} payloads as Slack posts them to {@code /slack/events} (a form
 * whose one field, {@code payload}, holds the JSON), written by hand so that any value reaches the
 * bot byte for byte ({@link Json#quote}), in the shapes the button suite sends: presses in a
 * channel, in a direct message, on an ephemeral message, on the App Home, in a channel the presser
 * does not administer, of "Share in channel", of a button the bot never made; and payloads that are
 * not what Slack sends: garbled JSON, no {@code actions}, fields of the wrong type, parts missing.
 */
final class SlackPresses {
  /** What the {@code i}-th press is. */
  enum Shape {
    CHANNEL,
    DIRECT_MESSAGE,
    EPHEMERAL,
    HOME,
    OTHER_CHANNEL,
    SHARE,
    UNKNOWN_ACTION,
    GARBLED,
    NO_ACTIONS,
    WRONG_TYPES,
    PARTS_MISSING;

    /** The shape of the {@code i}-th press: half in a channel, a twentieth each of the rest. */
    static Shape of(int i) {
      int slot = i % 20;
      return slot < 10 ? CHANNEL : values()[slot - 9];
    }

    /**
     * The statuses it may get: 200 for a press of one of the bot's buttons; for anything else also
     * Bolt's 404 (no listener matches: an action id the bot never made, no action) or 400 (not the
     * payload Slack sends). Never a 5xx: a signed request is the platform's, and whatever it
     * carries must not fail the endpoint.
     */
    Set<Integer> allowed() {
      return ordinal() < UNKNOWN_ACTION.ordinal() ? Set.of(200) : Set.of(200, 400, 404);
    }
  }

  /** A channel nobody administers among the pressers, with digests: {@code /pause} must fail. */
  static final String VICTIM_CHANNEL = "CVICTIM";

  /** A direct message nobody else presses in, with digests. */
  static final String VICTIM_DM = "DVICTIM";

  private static final List<String> GARBLED =
      List.of("{", "not json", "[]", "null", "", "{\"type\":\"block_actions\",", "\u0000", "{}}");

  private SlackPresses() {}

  /** {@code payload} as the form Slack posts. */
  static String form(String payload) {
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  /** The form body of press {@code i} by user {@code user}, answered at {@code responseUrl}. */
  static String form(int i, Shape shape, String user, String value, String responseUrl) {
    String payload =
        switch (shape) {
          case CHANNEL ->
              inMessage(i, "CB" + user, user, "briefing:0:0", value, responseUrl, false);
          case DIRECT_MESSAGE ->
              inMessage(i, "DB" + user, user, "briefing:1:0", value, responseUrl, false);
          case EPHEMERAL ->
              inMessage(i, "DB" + user, user, "briefing:0:1", value, responseUrl, true);
          case HOME -> onHome(i, user, value);
          case OTHER_CHANNEL ->
              inMessage(i, VICTIM_CHANNEL, user, "briefing:0:0", value, responseUrl, false);
          case SHARE -> inMessage(i, "CB" + user, user, "briefing-share", value, responseUrl, true);
          case UNKNOWN_ACTION ->
              inMessage(i, "CB" + user, user, "briefing:999:x", value, responseUrl, false);
          case GARBLED -> GARBLED.get(i / 20 % GARBLED.size());
          case NO_ACTIONS -> noActions(i, user, responseUrl);
          case WRONG_TYPES -> wrongTypes(i, user, value);
          case PARTS_MISSING -> partsMissing(i, user, value, responseUrl);
        };
    return form(payload);
  }

  private static String inMessage(
      int i,
      String channel,
      String user,
      String actionId,
      String value,
      String responseUrl,
      boolean ephemeral) {
    return "{"
        + base(i, user)
        + ",\"container\":{\"type\":\"message\",\"message_ts\":\""
        + ts(i)
        + "\",\"channel_id\":\""
        + channel
        + "\",\"is_ephemeral\":"
        + ephemeral
        + "},\"channel\":{\"id\":\""
        + channel
        + "\",\"name\":\"news\"},\"message\":{\"type\":\"message\",\"ts\":\""
        + ts(i)
        + "\",\"text\":\"An earlier answer\"},\"response_url\":"
        + Json.quote(responseUrl)
        + ",\"actions\":["
        + action(actionId, Json.quote(value))
        + "]}";
  }

  private static String onHome(int i, String user, String value) {
    return "{"
        + base(i, user)
        + ",\"container\":{\"type\":\"view\",\"view_id\":\"V0HOME\"},\"view\":{\"id\":\"V0HOME\","
        + "\"type\":\"home\",\"private_metadata\":\"DB"
        + user
        + "\"},\"actions\":["
        + action("briefing:0:0", Json.quote(value))
        + "]}";
  }

  private static String noActions(int i, String user, String responseUrl) {
    String actions =
        switch (i / 20 % 3) {
          case 0 -> "";
          case 1 -> ",\"actions\":[]";
          default -> ",\"actions\":null";
        };
    return "{"
        + base(i, user)
        + ",\"container\":{\"type\":\"message\",\"message_ts\":\""
        + ts(i)
        + "\",\"channel_id\":\"CB"
        + user
        + "\"},\"response_url\":"
        + Json.quote(responseUrl)
        + actions
        + "}";
  }

  private static String wrongTypes(int i, String user, String value) {
    return switch (i / 20 % 6) {
      case 0 -> "{" + base(i, user) + ",\"actions\":" + Json.quote(value) + "}";
      case 1 ->
          "{\"type\":\"block_actions\",\"user\":5,\"team\":{\"id\":\"T0TEAM\"},\"actions\":["
              + action("briefing:0:0", Json.quote(value))
              + "]}";
      case 2 -> "{" + base(i, user) + ",\"actions\":[" + action("briefing:0:0", "{\"a\":1}") + "]}";
      case 3 ->
          "{"
              + base(i, user)
              + ",\"container\":[],\"actions\":["
              + action("briefing:0:0", "7")
              + "]}";
      case 4 ->
          "{"
              + base(i, user)
              + ",\"container\":{\"type\":\"message\",\"is_ephemeral\":\"yes\","
              + "\"message_ts\":1.5,\"channel_id\":[1]},\"actions\":["
              + action("briefing:0:0", Json.quote(value))
              + "]}";
      default -> "{\"type\":\"block_actions\",\"team\":\"T0TEAM\",\"user\":[],\"actions\":{}}";
    };
  }

  private static String partsMissing(int i, String user, String value, String responseUrl) {
    String action = action("briefing:0:0", Json.quote(value));
    return switch (i / 20 % 4) {
      case 0 -> withoutUser(i, user, value, responseUrl);
      case 1 -> "{" + base(i, user) + ",\"actions\":[" + action + "]}"; // no container
      case 2 -> // two actions at once
          "{"
              + base(i, user)
              + ",\"container\":{\"type\":\"message\",\"message_ts\":\"1.1\",\"channel_id\":\"CB"
              + user
              + "\"},\"response_url\":"
              + Json.quote(responseUrl)
              + ",\"actions\":["
              + action
              + ","
              + action
              + "]}";
      default -> // a home view without the channel it keeps
          "{"
              + base(i, user)
              + ",\"container\":{\"type\":\"view\"},\"view\":{\"type\":\"home\"},\"actions\":["
              + action
              + "]}";
    };
  }

  /** A press with no {@code user}, in channel {@code CB<user>}: a JSON object Slack never sends. */
  static String withoutUser(int i, String user, String value, String responseUrl) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0TEAM\"},\"trigger_id\":\"t-"
        + i
        + "\",\"container\":{\"type\":\"message\",\"message_ts\":\"1.1\",\"channel_id\":\"CB"
        + user
        + "\"},\"response_url\":"
        + Json.quote(responseUrl)
        + ",\"actions\":["
        + action("briefing:0:0", Json.quote(value))
        + "]}";
  }

  /** A form whose payload is JSON but not an object: an array naming {@code user}. */
  static String notAnObject(String user) {
    return form("[" + Json.quote(user) + "]");
  }

  private static String base(int i, String user) {
    return "\"type\":\"block_actions\",\"user\":{\"id\":\""
        + user
        + "\",\"username\":\"u\",\"team_id\":\"T0TEAM\"},\"api_app_id\":\"A0APP\","
        + "\"token\":\"legacy\",\"trigger_id\":\"press-trigger-"
        + i
        + "\",\"team\":{\"id\":\"T0TEAM\",\"domain\":\"news\"}";
  }

  private static String action(String actionId, String valueJson) {
    return "{\"type\":\"button\",\"action_id\":"
        + Json.quote(actionId)
        + ",\"block_id\":\"briefing-row-0\",\"value\":"
        + valueJson
        + ",\"action_ts\":\"1700000500.000900\",\"text\":{\"type\":\"plain_text\","
        + "\"text\":\"Press\"}}";
  }

  private static String ts(int i) {
    return String.format("1700000000.%06d", i % 1_000_000);
  }
}
