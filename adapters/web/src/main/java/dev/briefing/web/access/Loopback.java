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

  // getByName would resolve a host name through DNS; only IP literals are accepted.
  private static boolean looksLiteral(String address) {
    boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = address.contains(":") && address.matches("[\\[\\]0-9A-Fa-f:.%a-zA-Z0-9]+");
    return ipv4 || ipv6;
  }
}
