"""Crash test: SIGKILL a process that commits dose events; nothing acknowledged may be lost.

A child process opens the store, signs in and records dose events in a loop, printing each
event's sequence number only after ``record``/``record_many`` returned (COMMIT done). The test
kills it with SIGKILL at random moments (after a random number of acknowledgements, then after
a random fraction of the measured time between acknowledgements) and, after every kill, checks:
SQLite's integrity check passes, every acknowledged event is there with the payload that was
acknowledged, the chain and its signatures verify (payloads decrypted), the sequence has no
gap, and the dose projection holds exactly one row per dose event.

Normal run: 200 kills through a fork server plus a few with a fresh interpreter per kill.
Long mode: ``pytest -m slow tests/store/test_crash.py`` (2,000 kills) or ``HAT_CRASH_KILLS=N``.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from station.store.accounts import Role
from station.store.crypto import TEST_KDF
from station.store.store import Store
from tests.store import crash_child

REPO = Path(__file__).resolve().parents[2]
NORMAL_KILLS = int(os.environ.get("HAT_CRASH_KILLS", "200"))
LONG_KILLS = max(2000, NORMAL_KILLS)
FRESH_INTERPRETER_KILLS = 4
# A new data folder every so many kills keeps each full-chain check short in long mode.
KILLS_PER_FOLDER = 50
LINE_TIMEOUT = 30.0


class Lines:
    """Read whole lines from a pipe with a deadline (no sleeps: select on the descriptor)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""

    def read(self, timeout: float) -> str | None:
        """Return the next line, or None when ``timeout`` seconds pass without one."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError("the child's output closed unexpectedly")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


@dataclass
class Profile:
    """One data folder under test and what the checker knows about it."""

    data_dir: Path
    session: object
    acked: dict[int, str] = field(default_factory=dict)

    @classmethod
    def create(cls, data_dir: Path) -> Profile:
        store, admin, _ = Store.create(
            data_dir,
            "Crash test station",
            "crash.admin",
            "Ada Crash",
            "admin-password-1",
            kdf=TEST_KDF,
        )
        store.add_user(
            admin,
            crash_child.USERNAME,
            "Nina Crash",
            frozenset({Role.NURSE}),
            crash_child.PASSWORD,
        )
        store.close()
        return cls(data_dir, admin)

    def check(self) -> tuple[int, int]:
        """Check everything the crash test promises; return (head seq, acknowledged count)."""
        database = Store.database_path(self.data_dir)
        raw = sqlite3.connect(database)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            seqs = [row[0] for row in raw.execute("SELECT seq FROM events ORDER BY seq")]
            dose_events = raw.execute(
                "SELECT count(*) FROM events WHERE type = 'dose.administered'"
            ).fetchone()[0]
            dose_rows = raw.execute("SELECT count(*) FROM doses").fetchone()[0]
        finally:
            raw.close()
        assert seqs == list(range(1, len(seqs) + 1)), "the sequence has a gap"
        head = len(seqs)
        lost = sorted(seq for seq in self.acked if seq > head)
        assert not lost, f"acknowledged events lost after a kill: {lost[:10]}"
        assert dose_rows == dose_events, "projection and log disagree after a kill"
        store = Store.open(self.data_dir)
        try:
            result = store.verify(self.session.data_key)
            assert result.intact, result.problem
            assert result.decrypted
            assert result.checked == result.head_seq == head
            by_seq = {event.seq: event for event in store.events_after(self.session, 0)}
        finally:
            store.close()
        for seq, dose_id in self.acked.items():
            event = by_seq[seq]
            assert event.type == "dose.administered"
            assert event.payload["dose_id"] == dose_id, f"record #{seq} is not what was acked"
        return head, len(self.acked)


@dataclass
class Child:
    """A running worker: its output and how to kill it and learn that it died."""

    lines: Lines
    kill: Callable[[], None]
    # Waits until the worker is gone; returns whether SIGKILL ended it, and how it ended.
    wait_dead: Callable[[], tuple[bool, str]]
    # Lines that arrived while waiting for the death report (acknowledgements count too).
    pending: list[str] = field(default_factory=list)


class ForkServer:
    """The fork server child process: one fresh worker per kill cycle."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_child", "forkserver"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert self.process.stdout is not None
        self.lines = Lines(self.process.stdout.fileno())
        assert self.lines.read(LINE_TIMEOUT) == "ready"

    def start(self, data_dir: Path, seed: int) -> Child:
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {seed} {data_dir}\n".encode())
        self.process.stdin.flush()
        first = self.lines.read(LINE_TIMEOUT)
        assert first is not None and first.startswith("start "), first
        pid = int(first.split()[1])

        def wait_dead() -> tuple[bool, str]:
            while True:
                line = self.lines.read(LINE_TIMEOUT)
                assert line is not None, "the fork server did not report the worker's death"
                if not line.startswith("dead "):
                    child.pending.append(line)
                    continue
                _, dead_pid, raw = line.split()
                assert int(dead_pid) == pid
                status = int(raw)
                killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                return killed, f"wait status {status}"

        child = Child(self.lines, lambda: os.kill(pid, signal.SIGKILL), wait_dead)
        return child

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write(b"quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=LINE_TIMEOUT)
        if self.process.stdout is not None:
            self.process.stdout.close()


def start_fresh_interpreter(data_dir: Path, seed: int) -> tuple[Child, subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_child", "worker", str(data_dir), str(seed)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None
    lines = Lines(process.stdout.fileno())
    first = lines.read(LINE_TIMEOUT)
    assert first is not None and first.startswith("start "), first

    def wait_dead() -> tuple[bool, str]:
        process.wait(timeout=LINE_TIMEOUT)
        return process.returncode == -signal.SIGKILL, f"exit code {process.returncode}"

    return Child(lines, lambda: process.send_signal(signal.SIGKILL), wait_dead), process


@dataclass
class Tally:
    kills: int = 0
    acked: int = 0
    killed_before_first_ack: int = 0
    committed_but_unacknowledged: int = 0
    ack_interval: float = 0.002
    first_ack_delay: float = 0.01


def handle(line: str, profile: Profile) -> bool:
    """Record an acknowledgement; return True when the line was one."""
    if line.startswith("ack "):
        _, seq, dose_id = line.split()
        assert int(seq) not in profile.acked, f"record #{seq} acknowledged twice"
        profile.acked[int(seq)] = dose_id
        return True
    if line.startswith("error "):
        raise AssertionError("the worker failed on its own: " + line)
    raise AssertionError(f"unexpected line from the worker: {line!r}")


def one_cycle(child: Child, profile: Profile, rng: random.Random, tally: Tally) -> None:
    """Let the worker acknowledge a random number of events, wait a random moment, kill it."""
    wanted = 0 if rng.random() < 0.1 else rng.randint(1, 12)
    before = len(profile.acked)
    started = time.monotonic()
    last = started
    while len(profile.acked) - before < wanted:
        line = child.lines.read(LINE_TIMEOUT)
        assert line is not None, "the worker stopped acknowledging"
        handle(line, profile)
        now = time.monotonic()
        if len(profile.acked) - before == 1:
            tally.first_ack_delay = 0.8 * tally.first_ack_delay + 0.2 * (now - started)
        else:
            tally.ack_interval = 0.9 * tally.ack_interval + 0.1 * (now - last)
        last = now
    # A random moment inside the next commit (or the opening, when nothing was wanted):
    # wait on the pipe, not a sleep, and keep every acknowledgement that arrives meanwhile.
    span = tally.first_ack_delay if wanted == 0 else tally.ack_interval
    deadline = time.monotonic() + rng.uniform(0, 1.5 * span)
    while (remaining := deadline - time.monotonic()) > 0:
        line = child.lines.read(remaining)
        if line is None:
            break
        handle(line, profile)
    child.kill()
    killed, how = child.wait_dead()
    for line in child.pending:
        handle(line, profile)
    assert killed, f"the worker was not ended by SIGKILL ({how})"
    if len(profile.acked) == before:
        tally.killed_before_first_ack += 1
    head, _ = profile.check()
    if head > max(profile.acked, default=0):
        tally.committed_but_unacknowledged += 1
    tally.kills += 1


def run_crash_test(tmp_path: Path, kills: int, fresh_interpreter_kills: int) -> list[Tally]:
    rng = random.Random(int(os.environ.get("HAT_CRASH_SEED", "20250301")))
    tallies: list[Tally] = []
    server = ForkServer()
    try:
        done = 0
        folder = 0
        while done < kills:
            profile = Profile.create(tmp_path / f"station-{folder}")
            tally = Tally()
            folder_kills = min(KILLS_PER_FOLDER, kills - done)
            fresh = fresh_interpreter_kills if folder == 0 else 0
            for index in range(folder_kills + fresh):
                seed = rng.randrange(2**31)
                if index < fresh:
                    child, process = start_fresh_interpreter(profile.data_dir, seed)
                    try:
                        one_cycle(child, profile, rng, tally)
                    finally:
                        if process.poll() is None:
                            process.kill()
                            process.wait()
                        assert process.stdout is not None
                        process.stdout.close()
                else:
                    one_cycle(server.start(profile.data_dir, seed), profile, rng, tally)
            tally.acked = len(profile.acked)
            tallies.append(tally)
            done += folder_kills
            folder += 1
    finally:
        server.close()
    total_kills = sum(tally.kills for tally in tallies)
    total_acked = sum(tally.acked for tally in tallies)
    assert total_kills >= kills + fresh_interpreter_kills
    # The test must exercise what it claims: many acknowledged events, kills both during the
    # opening and in the middle of commits that had not been acknowledged yet.
    assert total_acked >= kills
    assert sum(tally.killed_before_first_ack for tally in tallies) > 0
    assert sum(tally.committed_but_unacknowledged for tally in tallies) > 0
    return tallies


def test_sigkill_never_loses_an_acknowledged_dose(tmp_path: Path) -> None:
    started = time.monotonic()
    tallies = run_crash_test(tmp_path, NORMAL_KILLS, FRESH_INTERPRETER_KILLS)
    print(
        f"crash test: {sum(t.kills for t in tallies)} kills, "
        f"{sum(t.acked for t in tallies)} acknowledged doses, "
        f"{sum(t.committed_but_unacknowledged for t in tallies)} kills after an "
        f"unacknowledged commit, {time.monotonic() - started:.1f} s"
    )


@pytest.mark.slow
def test_sigkill_long_mode(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("long crash mode: run with -m slow (or set HAT_CRASH_KILLS for more kills)")
    run_crash_test(tmp_path, LONG_KILLS, 0)
