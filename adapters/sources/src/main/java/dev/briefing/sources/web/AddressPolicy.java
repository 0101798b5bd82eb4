package dev.briefing.sources.web;

import dev.briefing.core.BriefingException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which hosts the bot may fetch from. Anyone in a chat can make the bot fetch a link, so by default
 * it refuses hosts that resolve to a loopback, private, link-local (cloud metadata) or other local
 * address: the bot must not read the inside of the network it runs in for a chat user. Every
 * redirect hop is checked again.
 */
@FunctionalInterface
public interface AddressPolicy {
  /**
   * @throws BriefingException when the bot must not fetch from the link's host
   */
  void check(URI url);

  /** Any host: for tests against local servers and trusted deployments. */
  static AddressPolicy anyHost() {
    return url -> {};
  }

  /** Public internet hosts only. */
  static AddressPolicy publicOnly() {
    return url -> {
      InetAddress[] addresses;
      try {
        addresses = InetAddress.getAllByName(url.getHost());
      } catch (UnknownHostException e) {
        throw new BriefingException("I can't find the host " + url.getHost() + ".", e);
      }
      for (InetAddress address : addresses) {
        if (isLocal(address)) {
          throw new BriefingException(
              "I don't fetch links on private or local networks (" + url.getHost() + ").");
        }
      }
    };
  }

  private static boolean isLocal(InetAddress address) {
    boolean uniqueLocalV6 =
        address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6;
  }
}
