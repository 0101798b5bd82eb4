package dev.briefing.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Block Kit {@code block_actions} payloads as Slack posts them to {@code /slack/events}: a form
 * with one field, {@code payload}, holding the JSON. Start from {@link #inChannel} or {@link
 * #onHome} and change the JSON for hostile variants.
 */
public final class BlockActions {
  private BlockActions() {}

  /** A press by {@code user} of a button with this id and value in a message of {@code channel}. */
  public static JsonObject inChannel(
      String channel,
      String messageTs,
      String user,
      String actionId,
      String value,
      String triggerId,
      String responseUrl) {
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", channel);
    container.addProperty("is_ephemeral", false);
    JsonObject payload = base(user, actionId, value, triggerId);
    payload.add("container", container);
    JsonObject chan = new JsonObject();
    chan.addProperty("id", channel);
    chan.addProperty("name", "news");
    payload.add("channel", chan);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", messageTs);
    message.addProperty("text", "an earlier answer");
    payload.add("message", message);
    payload.addProperty("response_url", responseUrl);
    return payload;
  }

  /** A press on the App Home tab whose view keeps {@code privateMetadata}. */
  public static JsonObject onHome(
      String user, String actionId, String value, String triggerId, String privateMetadata) {
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", "V0HOME");
    JsonObject view = new JsonObject();
    view.addProperty("id", "V0HOME");
    view.addProperty("type", "home");
    view.addProperty("private_metadata", privateMetadata);
    JsonObject payload = base(user, actionId, value, triggerId);
    payload.add("container", container);
    payload.add("view", view);
    return payload;
  }

  /** The form body Slack posts. */
  public static String form(JsonObject payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  private static JsonObject base(String user, String actionId, String value, String triggerId) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    JsonObject presser = new JsonObject();
    presser.addProperty("id", user);
    presser.addProperty("username", "alice");
    presser.addProperty("team_id", "T0TEAM");
    payload.add("user", presser);
    payload.addProperty("api_app_id", "A0APP");
    payload.addProperty("token", "legacy");
    payload.addProperty("trigger_id", triggerId);
    JsonObject team = new JsonObject();
    team.addProperty("id", "T0TEAM");
    team.addProperty("domain", "news");
    payload.add("team", team);
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "briefing-row-0");
    action.addProperty("value", value);
    action.addProperty("action_ts", "1700000500.000900");
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", "Press");
    action.add("text", text);
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return payload;
  }
}
