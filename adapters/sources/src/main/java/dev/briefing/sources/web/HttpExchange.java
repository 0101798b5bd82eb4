package dev.briefing.sources.web;

import dev.briefing.core.BriefingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One request and its response body under one deadline, failures turned into user messages. */
final class HttpExchange {
  private final HttpClient client;
  private final SourceSettings settings;

  HttpExchange(HttpClient client, SourceSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    String host = request.uri().getHost();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, HttpPageFetcher.bodyHandler(settings.maxBytes()));
    try {
      // HttpRequest.timeout stops at the headers; this deadline also covers a body that trickles.
      return future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(host);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new BriefingException("fetching " + request.uri() + " was interrupted", e);
    } catch (ExecutionException e) {
      throw failure(request, e.getCause());
    }
  }

  private BriefingException failure(HttpRequest request, Throwable cause) {
    String host = request.uri().getHost();
    Throwable root = cause;
    while (root instanceof IOException && root.getCause() != null && !isKnown(root)) {
      root = root.getCause();
    }
    if (root instanceof CappedBodySubscriber.TooLargeException) {
      return new BriefingException(
          "the page is larger than " + settings.maxSizeText() + "; I read articles up to that size",
          cause);
    }
    if (root instanceof HttpConnectTimeoutException) {
      return new BriefingException(
          "could not connect to " + host + " within " + seconds(settings.connectTimeout()), cause);
    }
    if (root instanceof HttpTimeoutException) {
      return timedOut(host);
    }
    if (root instanceof UnknownHostException) {
      return new BriefingException("unknown host " + host, cause);
    }
    if (root instanceof ConnectException) {
      return new BriefingException("could not connect to " + host, cause);
    }
    return new BriefingException(
        "could not fetch "
            + request.uri()
            + ": "
            + (root.getMessage() == null ? root : root.getMessage()),
        cause);
  }

  private static boolean isKnown(Throwable t) {
    return t instanceof HttpTimeoutException
        || t instanceof UnknownHostException
        || t instanceof ConnectException;
  }

  private BriefingException timedOut(String host) {
    return new BriefingException(
        host
            + " did not answer within "
            + seconds(settings.requestTimeout())
            + "; try again later");
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
