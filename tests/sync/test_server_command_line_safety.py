"""``dosing-server``: a database URL it cannot use is one sentence naming the URLs it can (no
traceback), and plain HTTP is refused where other machines reach it (unless --insecure-http)
and warned about on a port people read as HTTPS."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from sync.server.cli import main as server_cli


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(server_cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("url", ["mysql://x", "mssql+pyodbc://db/x", "postgresql+psycopg2://h/x"])
def test_an_unsupported_database_url_is_one_sentence_naming_the_supported_ones(url: str) -> None:
    code, out, err = _run("stations", "list", "--db", url)
    assert code == 2 and out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "sqlite:///" in lines[0] and "postgresql://" in lines[0]


@contextmanager
def _taken(host: str, port: int = 0) -> Iterator[int]:
    """A port already listened on, so that ``serve`` stops right after its checks."""
    with socket.socket() as taken:
        try:
            taken.bind((host, port))
            taken.listen()
        except OSError:
            pass  # held by another program: serve cannot listen there either
        yield taken.getsockname()[1] if port == 0 else port


def test_plain_http_on_an_address_other_machines_reach_is_refused(tmp_path: Path) -> None:
    with _taken("0.0.0.0") as port:
        code, out, err = _run(
            "serve", "--db", f"{tmp_path}/s.db", "--host", "0.0.0.0", "--port", str(port)
        )
    assert code == 2 and out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith("error: refusing plain HTTP on 0.0.0.0")
    assert "--tls-cert" in line and "--insecure-http" in line


def test_insecure_http_is_allowed_when_asked_with_a_warning(tmp_path: Path) -> None:
    with _taken("0.0.0.0") as port:
        code, _out, err = _run(
            "serve", "--db", f"{tmp_path}/s.db", "--host", "0.0.0.0", "--port", str(port),
            "--insecure-http",
        )  # fmt: skip
    assert code == 2  # the taken port, after the checks
    assert err.startswith("warning: serving plain HTTP (no TLS) on 0.0.0.0")
    assert "cannot listen" in err


def test_plain_http_on_8443_warns_even_on_loopback(tmp_path: Path) -> None:
    with _taken("127.0.0.1", 8443):
        code, _out, err = _run("serve", "--db", f"{tmp_path}/s.db", "--port", "8443")
    assert code == 2
    assert err.startswith("warning: serving plain HTTP (no TLS) on port 8443")
    assert "--tls-cert" in err.splitlines()[0]


def test_plain_http_on_loopback_on_another_port_says_nothing(tmp_path: Path) -> None:
    with _taken("127.0.0.1") as port:
        code, _out, err = _run("serve", "--db", f"{tmp_path}/s.db", "--port", str(port))
    assert code == 2 and err.startswith("error: cannot listen")
