#!/usr/bin/python3
"""Times `maillon serve`'s incremental rebuilds: from the write of one news file to the "reload"
event on the live-reload stream (Server-Sent Events at /__maillon/events).

  /usr/bin/python3 bench/sse_latency.py --port PORT --runs 5 --log SERVE_STDOUT FILE [FILE...]

Run k edits FILE[k % count] in place (a sentence added to its body, as a volunteer fixing a news
item would) and waits for the next event. Prints one JSON object on stdout: the latencies in
milliseconds and, from the server's log when given, what the server says each rebuild cost.

Every wait is bounded (--timeout per edit, --connect-timeout for the stream); any "error" event,
a closed stream or a missing event ends the script with status 1 and a message on stderr.
Standard library only; the stream is read by a thread so that the main thread never blocks.
"""

import argparse
import http.client
import json
import os
import queue
import re
import sys
import threading
import time


def fail(message):
    print('sse_latency: ' + message, file=sys.stderr)
    sys.exit(1)


def read_events(response, events):
    """Puts (arrival time, event name, data) on `events` for each event of the stream."""
    name, data = None, []
    try:
        while True:
            line = response.readline()
            if not line:
                events.put((time.monotonic(), '<closed>', ''))
                return
            line = line.decode('utf-8', 'replace').rstrip('\r\n')
            if line.startswith('event:'):
                name = line[6:].strip()
            elif line.startswith('data:'):
                data.append(line[5:].lstrip(' '))
            elif line == '':
                if name is not None or data:
                    events.put((time.monotonic(), name or 'message', '\n'.join(data)))
                name, data = None, []
    except Exception as e:  # the stream broke: say so rather than hang
        events.put((time.monotonic(), '<broken>', repr(e)))


def open_stream(host, port, path, timeout):
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request('GET', path, headers={'Accept': 'text/event-stream', 'Cache-Control': 'no-cache'})
        response = conn.getresponse()
    except OSError as e:
        fail('cannot open {}:{}{}: {}'.format(host, port, path, e))
    if response.status != 200:
        fail('{} answered {} {}'.format(path, response.status, response.reason))
    # From here on the reader thread blocks on the socket; the main thread bounds every wait.
    conn.sock.settimeout(None)
    events = queue.Queue()
    threading.Thread(target=read_events, args=(response, events), daemon=True).start()
    return conn, events


def next_event(events, deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        return None
    try:
        return events.get(timeout=left)
    except queue.Empty:
        return None


def check(event):
    when, name, data = event
    if name in ('<closed>', '<broken>'):
        fail('the event stream ended ({}) {}'.format(name, data))
    if name == 'error':
        fail('the rebuild failed; the server reported:\n' + data)
    return event


REBUILT = re.compile(r'rebuilt \((\d+) pages: (\d+) rendered, (\d+) reused\) in ([0-9.]+) s')


def server_reports(log_path, start_offset, want, timeout):
    """The 'rebuilt' lines the server printed after `start_offset`, waiting up to `timeout`
    seconds for `want` of them (the line is printed just after the event is sent)."""
    deadline = time.monotonic() + timeout
    found = []
    while True:
        with open(log_path, encoding='utf-8', errors='replace') as f:
            f.seek(start_offset)
            found = [m for m in map(REBUILT.search, f.read().splitlines()) if m]
        if len(found) >= want or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def edit(path, run):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    text = text.rstrip('\n') + '\n\nMise à jour n° {} : le comité a corrigé l’horaire de la rencontre.\n'.format(run + 1)
    start = time.monotonic()
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--host', default='127.0.0.1')
    ap.add_argument('--port', type=int, required=True)
    ap.add_argument('--path', default='/__maillon/events')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--timeout', type=float, default=30.0, help='seconds to wait for each reload (default 30)')
    ap.add_argument('--connect-timeout', type=float, default=10.0)
    ap.add_argument('--settle', type=float, default=0.5,
                    help='quiet seconds on the stream before each edit (default 0.5)')
    ap.add_argument('--log', help="the server's standard output, for its own rebuild times")
    ap.add_argument('files', nargs='+', help='news files to edit, one per run (cycled)')
    args = ap.parse_args()

    conn, events = open_stream(args.host, args.port, args.path, args.connect_timeout)
    hello = next_event(events, time.monotonic() + args.connect_timeout)
    if hello is None:
        fail('no "hello" event within {} s of connecting'.format(args.connect_timeout))
    check(hello)

    log_offset = os.path.getsize(args.log) if args.log else 0
    latencies = []
    for run in range(args.runs):
        # A quiet stream first: nothing left over from the previous edit.
        quiet_until = time.monotonic() + args.settle
        while True:
            event = next_event(events, quiet_until)
            if event is None:
                break
            check(event)
            quiet_until = time.monotonic() + args.settle
        path = args.files[run % len(args.files)]
        written = edit(path, run)
        event = next_event(events, written + args.timeout)
        if event is None:
            fail('no event within {} s of editing {}'.format(args.timeout, path))
        when, name, _ = check(event)
        if name != 'reload':
            fail('expected a "reload" event after editing {}, got "{}"'.format(path, name))
        latencies.append((when - written) * 1000.0)
        print('  edit {}/{}: {} -> reload in {:.1f} ms'.format(run + 1, args.runs, os.path.basename(path),
                                                              latencies[-1]), file=sys.stderr)

    result = {'latencies_ms': latencies}
    if args.log:
        reports = server_reports(args.log, log_offset, args.runs, 5.0)
        result['server_seconds'] = [float(m.group(4)) for m in reports]
        result['server_rendered'] = [int(m.group(2)) for m in reports]
        result['server_reused'] = [int(m.group(3)) for m in reports]
    conn.close()
    print(json.dumps(result))


if __name__ == '__main__':
    main()
