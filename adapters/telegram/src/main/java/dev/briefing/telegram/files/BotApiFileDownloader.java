package dev.briefing.telegram.files;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads through the Bot API: getFile for the file's path, then GET {@code
 * /file/bot<token>/<path>} on the configured API URL. Not TelegramClient's downloadFileAsStream,
 * which always goes to api.telegram.org, ignores the HTTP status and reads any size into memory.
 * Error messages never hold the file URL: it contains the token.
 */
public final class BotApiFileDownloader implements FileDownloader {
  private final TelegramClient client;
  private final OkHttpClient http;
  private final HttpUrl files;

  public BotApiFileDownloader(
      TelegramClient client, OkHttpClient http, TelegramUrl api, String token) {
    this.client = client;
    this.http = http;
    this.files =
        new HttpUrl.Builder()
            .scheme(api.getSchema())
            .host(api.getHost())
            .port(api.getPort())
            .addPathSegment("file")
            .addPathSegment("bot" + token)
            .build();
  }

  @Override
  public byte[] download(String fileId, long maxBytes) throws IOException {
    File file = fileInfo(fileId);
    if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
      throw new TooLarge(maxBytes);
    }
    if (file.getFilePath() == null || file.getFilePath().isBlank()) {
      throw new IOException("getFile gave no file path");
    }
    Request request =
        new Request.Builder()
            .url(files.newBuilder().addPathSegments(file.getFilePath()).build())
            .build();
    Response response;
    try {
      response = http.newCall(request).execute();
    } catch (IOException e) {
      throw new IOException("the file request failed: " + e.getClass().getSimpleName());
    }
    try (response) {
      if (!response.isSuccessful()) {
        throw new IOException("the file request answered HTTP " + response.code());
      }
      return readAtMost(response.body(), maxBytes);
    }
  }

  private File fileInfo(String fileId) throws IOException {
    try {
      return client.execute(new GetFile(fileId));
    } catch (TelegramApiException e) {
      throw new IOException("getFile failed: " + e.getMessage());
    }
  }

  private static byte[] readAtMost(ResponseBody body, long maxBytes) throws IOException {
    if (body == null) {
      throw new IOException("the file request answered without a body");
    }
    if (body.contentLength() > maxBytes) {
      throw new TooLarge(maxBytes);
    }
    try (InputStream in = body.byteStream()) {
      byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE)));
      if (bytes.length > maxBytes) {
        throw new TooLarge(maxBytes);
      }
      return bytes;
    } catch (TooLarge e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("reading the file failed: " + e.getClass().getSimpleName());
    }
  }
}
