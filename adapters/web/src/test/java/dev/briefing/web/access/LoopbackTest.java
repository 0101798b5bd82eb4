package dev.briefing.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "::1", "[::1]", "0:0:0:0:0:0:0:1"})
  void acceptsThisMachine(String address) {
    assertThat(Loopback.isLoopback(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.7",
        "192.168.1.20",
        "172.17.0.1",
        "203.0.113.9",
        "0.0.0.0",
        "2001:db8::1",
        "fe80::1",
        "localhost",
        "127.0.0.1.example.com",
        ""
      })
  void refusesAnyOtherClient(String address) {
    assertThat(Loopback.isLoopback(address)).isFalse();
  }

  @Test
  void acceptsOnlyHostHeadersThatNameThisMachine() {
    assertThat(Loopback.isLoopbackHost("localhost:8081")).isTrue();
    assertThat(Loopback.isLoopbackHost("127.0.0.1:8081")).isTrue();
    assertThat(Loopback.isLoopbackHost("[::1]:8081")).isTrue();
    assertThat(Loopback.isLoopbackHost("LOCALHOST")).isTrue();
    assertThat(Loopback.isLoopbackHost("rebound.example:8081")).isFalse();
    assertThat(Loopback.isLoopbackHost("localhost.evil.example")).isFalse();
    assertThat(Loopback.isLoopbackHost("10.0.0.5:8081")).isFalse();
    assertThat(Loopback.isLoopbackHost("")).isFalse();
    assertThat(Loopback.isLoopbackHost(null)).isFalse();
  }

  @Test
  void refusesAMissingAddress() {
    assertThat(Loopback.isLoopback(null)).isFalse();
  }
}
