#!/usr/bin/env bash
# The image's HEALTHCHECK: GET /healthz on the admin port with bash alone (the JRE image has no
# curl). Exit 0 when it answers 200, 1 otherwise. A path as the first argument checks another
# endpoint, e.g. /readyz.
set -u
port="${BRIEFING_ADMIN_PORT:-8081}"
path="${1:-/healthz}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" 2>/dev/null || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ "$status" == "HTTP/1."?" 200 "* ]] || exit 1
