package dev.briefing.web.access;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a client address is this machine: without a token, the pages answer only to it. */
public final class Loopback {
  private Loopback() {}

  /**
   * Whether {@code address} (a literal IP, as a servlet reports the remote address) is a loopback
   * address: 127.0.0.0/8 or ::1, IPv4-mapped included. Names and garbage are not.
   */
  public static boolean isLoopback(String address) {
    if (address == null || address.isBlank() || !looksLiteral(address)) {
      return false;
    }
    String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Whether a request's {@code Host} header names this machine: {@code localhost}, a loopback IP
   * literal ({@code 127.0.0.1}, {@code [::1]}), with or without a port. Any other name, even one
   * that resolves to 127.0.0.1, is not: that is how DNS rebinding reaches a loopback-only page.
   */
  public static boolean isLoopbackHost(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String name = host.strip();
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      return end > 0 && isLoopback(name.substring(0, end + 1));
    }
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return name.equalsIgnoreCase("localhost") || isLoopback(name);
  }

  // getByName would resolve a host name through DNS; only IP literals are accepted.
  private static boolean looksLiteral(String address) {
    boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = address.contains(":") && address.matches("[\\[\\]0-9A-Fa-f:.%a-zA-Z0-9]+");
    return ipv4 || ipv6;
  }
}
