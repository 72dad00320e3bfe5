"""The endpoint under hostile requests: deep queries, SERVICE tricks, runaways, memory blow-ups,
bad Content-Length, floods of connections and foreign Host headers (issue reproducers)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from sparql_support import own_graph

from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.sparql.endpoint import Endpoint, make_server
from actorgraph.graph.sparql.guard import MAX_DEPTH, MAX_TOKENS, QueryRefused, check_query
from actorgraph.graph.sparql.pool import QueryPool

DEEP = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
COUNT3 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORT3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?i ?f"
SIMPLE = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    write_rdf(own_graph(), folder / "graph.nq", "nquads")
    return folder


@pytest.fixture(scope="module")
def pool(source: Path) -> Iterator[QueryPool]:
    workers = QueryPool(source, workers=3, memory_mb=400)
    yield workers
    workers.close()


def _serve(endpoint: Endpoint, host: str = "127.0.0.1") -> Iterator[tuple[str, int]]:
    server = make_server(endpoint, host, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield host, server.server_port
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def address(pool: QueryPool) -> Iterator[tuple[str, int]]:
    endpoint = Endpoint(pool, timeout=1.0, max_body=4000, quiet=True, max_connections=32,
                        idle_timeout=1.0)
    yield from _serve(endpoint)


def _raw(address: tuple[str, int], request: bytes, wait: float = 30) -> tuple[int, bytes]:
    """Send bytes as they are; the status and body of the answer."""
    with socket.create_connection(address, timeout=wait) as conn:
        conn.sendall(request)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def _get(address: tuple[str, int], query: str, host: str | None = None) -> tuple[int, bytes]:
    host = host or f"{address[0]}:{address[1]}"
    path = "/sparql?" + urlencode({"query": query})
    return _raw(address, f"GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n".encode())


def _post(address: tuple[str, int], body: bytes, length: str | None) -> tuple[int, bytes]:
    head = f"POST /sparql HTTP/1.0\r\nHost: 127.0.0.1:{address[1]}\r\n" \
           "Content-Type: application/sparql-query\r\n"
    if length is not None:
        head += f"Content-Length: {length}\r\n"
    return _raw(address, head.encode() + b"\r\n" + body)


def test_a_deep_query_is_refused_before_the_parser(address: tuple[str, int]) -> None:
    status, body = _get(address, DEEP)
    assert status == 413 and b"too complex" in body
    assert _get(address, SIMPLE)[0] == 200


def test_the_cli_refuses_a_deep_query_instead_of_crashing(source: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "actorgraph", "query", str(source), DEEP],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "too complex" in done.stderr


@pytest.mark.parametrize("shape", [
    "ASK { FILTER(" + "(" * (MAX_DEPTH - 2) + "1" + ")" * (MAX_DEPTH - 2) + ") }",
    "ASK { FILTER(" + "+".join(["1"] * (MAX_TOKENS // 2 - 10)) + " = 5) }",
    "ASK { " + " UNION ".join(["{}"] * (MAX_TOKENS // 3 - 4)) + " }",
])
def test_queries_at_the_limits_do_not_crash_the_engine(shape: str) -> None:
    check_query(shape)
    code = "import sys, pyoxigraph as ox; ox.Store().query(sys.stdin.read())"
    done = subprocess.run([sys.executable, "-c", code], input=shape, text=True, timeout=120,
                          capture_output=True)
    assert done.returncode == 0, done.stderr[-300:]


@pytest.mark.parametrize("hidden", [
    "# x\rSERVICE <{url}> {{ ?s ?p ?o }}",
    "SERVICESILENT<{url}>{{}}",
    "?s ?p true SERVICE <{url}> {{}}",
    "?s ?p ?o.SERVICE<{url}>{{}}",
    "\\u0053ERVICE <{url}> {{}}",
    "service:{{}}",
])
def test_service_is_refused_however_it_is_spelled(address: tuple[str, int],
                                                  hidden: str) -> None:
    with socket.socket() as trap:  # a listener the query would call: it must hear nothing
        trap.bind(("127.0.0.1", 0))
        trap.listen(8)
        trap.settimeout(0.3)
        url = f"http://127.0.0.1:{trap.getsockname()[1]}/sparql"
        query = f"PREFIX service: <{url}> SELECT * WHERE {{ {hidden.format(url=url)} }}"
        with pytest.raises(QueryRefused):
            check_query(query)
        status, _ = _get(address, query)
        assert status == 403
        with pytest.raises(TimeoutError):
            trap.accept()


def test_the_cli_refuses_service_after_a_comment_ended_by_cr(source: Path) -> None:
    query = "SELECT * WHERE { # x\rSERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    done = subprocess.run([sys.executable, "-m", "actorgraph", "query", str(source), query],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "SERVICE is refused" in done.stderr


def test_a_remote_from_clause_fetches_nothing(address: tuple[str, int]) -> None:
    with socket.socket() as trap:
        trap.bind(("127.0.0.1", 0))
        trap.listen(8)
        trap.settimeout(0.3)
        iri = f"http://127.0.0.1:{trap.getsockname()[1]}/data.ttl"
        status, _ = _get(address, f"SELECT * FROM <{iri}> WHERE {{ ?s ?p ?o }}")
        assert status == 200
        with pytest.raises(TimeoutError):
            trap.accept()


def test_words_inside_strings_iris_and_comments_are_not_keywords() -> None:
    check_query('SELECT * WHERE { ?s ?p "SERVICE <x> {}" . ?s ?p <urn:SERVICE> } # SERVICE\n')
    check_query("PREFIX x: <urn:x#> SELECT ?service WHERE { ?service ?p 'DELETE' }")


def test_runaway_queries_are_killed_and_the_server_keeps_answering(
        address: tuple[str, int], pool: QueryPool) -> None:
    before = {w.process.pid for w in list(pool._idle.queue)}
    with ThreadPoolExecutor(2) as runner:
        slow = [runner.submit(_get, address, q) for q in (COUNT3, SORT3)]
        time.sleep(0.3)
        assert _get(address, SIMPLE)[0] == 200  # a third worker is free meanwhile
        assert [f.result()[0] for f in slow] == [503, 503]
    for _ in range(5):
        assert _get(address, SIMPLE)[0] == 200
    deadline = time.monotonic() + 20
    while pool._idle.qsize() < pool.size and time.monotonic() < deadline:
        time.sleep(0.1)
    after = {w.process.pid for w in list(pool._idle.queue)}
    assert len(after) == pool.size and len(after - before) >= 2  # two fresh workers
    for pid in before - after:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(
            f"/proc/{pid}/status").read_text().lower()


def test_a_memory_blow_up_costs_one_worker(pool: QueryPool) -> None:
    started = time.monotonic()
    with pytest.raises(Exception, match="stopped its worker"):
        pool.query(SORT3, timeout=60)
    assert time.monotonic() - started < 60  # the memory limit stopped it, not the clock
    assert pool.query(SIMPLE, timeout=30).rows


@pytest.mark.parametrize(("length", "status"), [
    ("-1", 400), ("abc", 400), ("1e3", 400), ("+5", 400), (None, 411), ("5000", 413),
    ("99999999999999999999", 413),
])
def test_the_body_limit_cannot_be_bypassed(address: tuple[str, int], length: str | None,
                                           status: int) -> None:
    assert _post(address, b"x" * 5000, length)[0] == status


def test_a_chunked_body_is_refused(address: tuple[str, int]) -> None:
    request = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{address[1]}\r\nConnection: close"
               "\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\nASK{}\r\n0\r\n\r\n")
    assert _raw(address, request.encode())[0] == 411


def test_the_host_header_must_name_the_endpoint(address: tuple[str, int], pool: QueryPool
                                                ) -> None:
    assert _get(address, SIMPLE, host=f"localhost:{address[1]}")[0] == 200
    assert _get(address, SIMPLE, host=f"evil.example:{address[1]}")[0] == 421
    assert _get(address, SIMPLE, host="127.0.0.1:1")[0] == 421
    no_host = f"GET /sparql?query={quote(SIMPLE)} HTTP/1.0\r\n\r\n".encode()
    assert _raw(address, no_host)[0] == 400
    allowed = Endpoint(pool, quiet=True, allowed_hosts=("graph.example",))
    for other in _serve(allowed):
        assert _get(other, SIMPLE, host="graph.example")[0] == 200
        assert _get(other, SIMPLE, host="evil.example")[0] == 421


def test_bound_to_every_interface_any_ip_literal_is_a_host(pool: QueryPool) -> None:
    for address in _serve(Endpoint(pool, quiet=True), host="0.0.0.0"):
        local = ("127.0.0.1", address[1])
        assert _get(local, SIMPLE, host=f"127.0.0.1:{address[1]}")[0] == 200
        assert _get(local, SIMPLE, host=f"[::1]:{address[1]}")[0] == 200
        assert _get(local, SIMPLE, host=f"rebound.example:{address[1]}")[0] == 421


def test_a_worker_that_died_while_idle_costs_one_answer(pool: QueryPool) -> None:
    for worker in list(pool._idle.queue):
        worker.process.kill()
        worker.process.wait(5)
    failures = 0
    for _ in range(pool.size + 1):
        try:
            pool.query(SIMPLE, timeout=30)
        except Exception as err:
            assert "stopped" in str(err)
            failures += 1
    assert failures <= pool.size
    assert pool.query(SIMPLE, timeout=30).rows


def test_half_open_connections_neither_pile_up_nor_lock_others_out(pool: QueryPool) -> None:
    """500 silent connections: at most the cap is served at once, each is closed at the idle
    timeout, and a real request waits at most about flood / cap x idle timeout."""
    endpoint = Endpoint(pool, quiet=True, max_connections=64, idle_timeout=0.5)
    for address in _serve(endpoint):
        baseline = threading.active_count()
        idle = [socket.create_connection(address) for _ in range(500)]
        try:
            time.sleep(0.3)
            assert threading.active_count() - baseline <= 64 + 2  # handlers and one watchdog
            started = time.monotonic()
            assert _get(address, SIMPLE)[0] == 200
            assert time.monotonic() - started < 20  # 500 / 64 x 0.5 s = 4 s, plus slack
            assert sum(_closed(conn) for conn in idle[:64]) == 64
        finally:
            for conn in idle:
                conn.close()


def _closed(conn: socket.socket) -> bool:
    conn.settimeout(5)
    try:
        return conn.recv(1024) is not None
    except OSError:
        return True


def test_two_hundred_concurrent_queries_are_all_answered(address: tuple[str, int]) -> None:
    with ThreadPoolExecutor(200) as runner:
        statuses = list(runner.map(lambda _: _get(address, SIMPLE)[0], range(200)))
    assert statuses.count(200) == 200


def _query(source: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``actorgraph query`` as a user runs it."""
    return subprocess.run([sys.executable, "-m", "actorgraph", "query", str(source), *args],
                          capture_output=True, text=True, timeout=120)


def _one_line_error(done: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == code and len(lines) == 1, done.stderr
    assert lines[0].startswith("actorgraph: ") and all(w in lines[0] for w in words), lines[0]


def test_the_command_line_query_has_the_endpoints_default_limits() -> None:
    import inspect

    from actorgraph.commands.sparql import query, serve
    from actorgraph.graph.sparql.pool import DEFAULT_MEMORY_MB

    for command in (query, serve):
        defaults = {k: p.default for k, p in inspect.signature(command).parameters.items()}
        assert (defaults["timeout"], defaults["max_rows"], defaults["memory"]) == (
            Endpoint.timeout, Endpoint.max_rows, DEFAULT_MEMORY_MB)


def test_a_runaway_command_line_query_is_stopped_by_its_time_limit(source: Path) -> None:
    started = time.monotonic()
    done = _query(source, COUNT3, "--timeout", "1")
    _one_line_error(done, 2, "time limit of 1 s", "--timeout")
    assert time.monotonic() - started < 30 and not done.stdout


def test_a_command_line_memory_blow_up_is_stopped_by_its_memory_limit(source: Path) -> None:
    started = time.monotonic()
    done = _query(source, SORT3, "--memory", "400", "--timeout", "60")
    _one_line_error(done, 2, "out of memory (limit 400 MB)", "--memory")
    assert time.monotonic() - started < 60  # the memory limit stopped it, not the clock


def test_a_command_line_answer_past_the_row_cap_is_cut_off_and_flagged(source: Path) -> None:
    done = _query(source, "SELECT ?s WHERE { ?s ?p ?o }", "--max-rows", "3", "--format", "csv")
    _one_line_error(done, 5, "cut off at 3 rows", "--max-rows")
    assert len(done.stdout.splitlines()) == 4  # the header and the first three rows
    assert _query(source, SIMPLE, "--format", "csv").returncode == 0


@pytest.mark.parametrize(("text", "words"), [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", ("updates are refused",)),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", ("SERVICE",)),
    (DEEP, ("too complex",)),
])
def test_the_command_line_refuses_what_the_endpoint_refuses(source: Path, text: str,
                                                            words: tuple[str, ...]) -> None:
    _one_line_error(_query(source, text), 2, *words)
