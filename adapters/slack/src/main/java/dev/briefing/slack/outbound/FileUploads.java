package dev.briefing.slack.outbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.OutgoingFile;
import java.io.IOException;
import java.util.Optional;

/**
 * Uploads a reply's file to a channel (and thread) with Slack's external upload flow, {@code
 * files.uploadV2} of the SDK: files.getUploadURLExternal, the bytes posted to the URL it names,
 * then files.completeUploadExternal with {@code channel_id} and {@code thread_ts}. Failures come
 * back as chat.postMessage's do, so the outbound queue sorts them the same way ({@link
 * SlackFailures}): an {@code ok: false} step as its error code, an HTTP error (429 included) as
 * {@link SlackApiException}, a failed upload of the bytes as an {@link IOException}, which is
 * retried.
 */
final class FileUploads {
  private final MethodsClient client;

  FileUploads(MethodsClient client) {
    this.client = client;
  }

  /** Slack's error code when a step answered {@code ok: false}, empty when the file is posted. */
  Optional<String> upload(ChatAddress chat, OutgoingFile file)
      throws IOException, SlackApiException {
    FilesUploadV2Response response;
    try {
      response =
          client.filesUploadV2(
              r ->
                  r.channel(chat.chatId())
                      .threadTs(chat.threadId().orElse(null))
                      .filename(file.name())
                      .title(file.name())
                      .fileData(file.content())
                      .requestFileInfo(false));
    } catch (SlackFilesUploadV2Exception e) {
      return Optional.of(failedStep(e));
    }
    return response.isOk() ? Optional.empty() : Optional.of(orUnknown(response.getError()));
  }

  // The SDK throws this for an ok: false step, or an upload URL that did not take the bytes.
  private static String failedStep(SlackFilesUploadV2Exception e) throws IOException {
    for (FilesGetUploadURLExternalResponse url : e.getGetURLResponses()) {
      if (!url.isOk()) {
        return orUnknown(url.getError());
      }
    }
    if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
      return orUnknown(e.getCompleteResponse().getError());
    }
    int status =
        e.getUploadResponses().values().stream()
            .mapToInt(FilesUploadV2Response.UploadResponse::getCode)
            .filter(code -> code != 200)
            .findFirst()
            .orElse(0);
    throw new IOException("the file upload URL answered HTTP " + status);
  }

  private static String orUnknown(String error) {
    return error == null || error.isBlank() ? "upload_failed" : error;
  }
}
