"""Key derivation parameters: safe defaults, and stored parameters that outlive a new default."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.domain.roles import Role
from station.store import crypto
from station.store.accounts import WrongCredentials
from station.store.crypto import (
    CALIBRATION_PASSES,
    DEFAULT_KDF,
    TEST_KDF,
    UNLOCK_FLOOR_SECONDS,
    UNLOCK_TARGET_SECONDS,
    KdfParams,
    calibrate_kdf,
    strengthened_kdf,
)
from station.store.database import connect
from station.store.store import Store
from tests.store.conftest import keyless_seal_functions

# Cheap, but not the test default and not the product default: a profile from "an older
# version" whose parameters must keep working after the defaults moved on.
OLDER = KdfParams(memory_kib=2048, iterations=2, lanes=2)
PASSWORD = "older-fictional-pw-1"


def test_defaults_meet_owasp_and_rfc_9106_floors() -> None:
    assert DEFAULT_KDF.algorithm == "argon2id"
    assert DEFAULT_KDF.memory_kib >= 19 * 1024 and DEFAULT_KDF.iterations >= 2  # OWASP
    assert DEFAULT_KDF.memory_kib >= 64 * 1024 and DEFAULT_KDF.iterations >= 3  # RFC 9106
    assert DEFAULT_KDF.lanes >= 1


def test_stored_parameters_are_read_in_full_or_refused() -> None:
    assert KdfParams.from_json(OLDER.as_json()) == OLDER
    partial = OLDER.as_json()
    del partial["memory_kib"]
    with pytest.raises(ValueError, match="memory_kib"):
        KdfParams.from_json(partial)
    with pytest.raises(ValueError, match="unknown"):
        KdfParams.from_json({**OLDER.as_json(), "algorithm": "pbkdf2"})


def _wrap_parameters(data_dir: Path) -> list[KdfParams]:
    connection = connect(Store.database_path(data_dir))
    try:
        rows = connection.execute("SELECT kdf FROM key_wraps ORDER BY created_at").fetchall()
    finally:
        connection.close()
    return [KdfParams.from_json(json.loads(row[0])) for row in rows]


def test_a_profile_keeps_its_own_parameters_for_old_and_new_wraps(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    store, session, _ = Store.create(data_dir, "Older", "admin", "Admin", PASSWORD, kdf=OLDER)
    store.add_user(session, "nurse", "Nurse", frozenset({Role.NURSE}), "nurse-fictional-pw-1")
    store.close()
    assert _wrap_parameters(data_dir) == [OLDER, OLDER, OLDER]  # admin, recovery, nurse

    reopened = Store.open(data_dir)
    assert reopened.unlock("admin", PASSWORD).user.username == "admin"
    assert reopened.unlock("nurse", "nurse-fictional-pw-1").user.username == "nurse"
    reopened.close()

    # Read with today's defaults instead, the same password would not open the wrap.
    connection = connect(Store.database_path(data_dir))
    keyless_seal_functions(connection)
    with connection:
        connection.execute("UPDATE key_wraps SET kdf = ?", (json.dumps(DEFAULT_KDF.as_json()),))
    connection.close()
    tampered = Store.open(data_dir)
    with pytest.raises(WrongCredentials):
        tampered.unlock("nurse", "nurse-fictional-pw-1")
    tampered.close()


def _machine(fixed: float, per_pass: float, load: float = 1.0) -> Callable[[KdfParams], float]:
    """A stand-in stopwatch for a machine where a derivation takes ``fixed`` plus ``per_pass``
    a pass; the first measurement is ``load`` times slower (a moment of load)."""
    calls: list[KdfParams] = []

    def measure(params: KdfParams) -> float:
        assert params.memory_kib == DEFAULT_KDF.memory_kib  # the memory is never calibrated
        calls.append(params)
        return (fixed + per_pass * params.iterations) * (load if len(calls) == 1 else 1.0)

    return measure


def test_calibration_adds_passes_until_an_unlock_takes_about_the_target() -> None:
    quick_machine = calibrate_kdf(0.45, _machine(fixed=0.05, per_pass=0.04))  # 0.17 s default
    assert quick_machine == KdfParams(
        memory_kib=DEFAULT_KDF.memory_kib, iterations=10, lanes=DEFAULT_KDF.lanes
    )
    # The quicker of the two measurements counts: a moment's load must not weaken the key.
    assert calibrate_kdf(0.45, _machine(fixed=0.05, per_pass=0.04, load=4.0)).iterations == 10
    # Without the time every derivation pays, a linear guess would land far short of it.
    assert calibrate_kdf(0.45, _machine(fixed=0.2, per_pass=0.025)).iterations == 10


def test_calibration_never_goes_under_the_defaults_nor_over_its_ceiling() -> None:
    slow_machine = _machine(fixed=0.2, per_pass=0.3)
    assert calibrate_kdf(0.45, slow_machine) == DEFAULT_KDF
    assert calibrate_kdf(0.45, _machine(0.0, 0.0)).iterations == CALIBRATION_PASSES[-1]
    assert calibrate_kdf(0.45, _machine(0.0, 0.0001)).iterations == CALIBRATION_PASSES[-1]


def test_a_new_profile_gets_the_parameters_its_creator_gives_whatever_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HAT_INSECURE_TEST_KDF", "1")  # a variable left over in a shell
    store, admin, _ = Store.create(tmp_path / "a", "Given", "admin", "Admin", PASSWORD, kdf=OLDER)
    store.add_user(admin, "nina", "Nina", frozenset({Role.NURSE}), "nina-fictional-pw-1")
    assert store.kdf() == OLDER
    store.close()
    assert _wrap_parameters(tmp_path / "a") == [OLDER, OLDER, OLDER]  # admin, recovery, nina
    # Nobody gets a default by leaving the parameters out: the caller decides, every time.
    with pytest.raises(TypeError, match="kdf"):
        Store.create(tmp_path / "b", "None given", "admin", "Admin", PASSWORD)  # type: ignore[call-arg]
    assert not Store.exists(tmp_path / "b")


_BELOW_THE_EDGE = ("station/store", "station/services", "station/domain")


def _environment_reads(source: str) -> list[int]:
    """Lines of ``source`` that read the process environment (os.environ, os.getenv, …)."""
    names = {"environ", "environb", "getenv", "getenvb"}
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in names:
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "os":
            lines += [node.lineno for alias in node.names if alias.name in names]
    return lines


def test_the_store_services_and_domain_read_no_environment() -> None:
    """Settings such as HAT_INSECURE_TEST_KDF are read at the edge (the command line) only."""
    root = Path(__file__).resolve().parents[2]
    found = [
        f"{path.relative_to(root)}:{line}"
        for folder in _BELOW_THE_EDGE
        for path in sorted((root / folder).rglob("*.py"))
        for line in _environment_reads(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_environment_check_finds_a_read() -> None:
    assert _environment_reads("import os\nx = os.environ.get('A')\n") == [2]
    assert _environment_reads("from os import getenv\n") == [1]
    assert _environment_reads("import os\nos.urandom(4)\n") == []


def test_the_real_stopwatch_times_one_derivation() -> None:
    cheap = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    assert 0.0 < crypto._derivation_seconds(cheap) < 5.0


# -- a sign-in that was too quick strengthens the wrap -----------------------------------------

TOP_PASSES = CALIBRATION_PASSES.stop - 1


@settings(max_examples=200, deadline=None)
@given(
    passes=st.integers(1, 20),
    seconds=st.floats(0.0, 3.0, allow_nan=False),
    family=st.sampled_from(["default", "test", "older", "other lanes"]),
)
def test_only_a_too_quick_derivation_of_the_calibrated_family_gains_passes(
    passes: int, seconds: float, family: str
) -> None:
    base = {
        "default": DEFAULT_KDF,
        "test": TEST_KDF,
        "older": OLDER,
        "other lanes": replace(DEFAULT_KDF, lanes=1),
    }[family]
    params = replace(base, iterations=passes)
    stronger = strengthened_kdf(params, seconds)
    quick = seconds < UNLOCK_FLOOR_SECONDS
    if family != "default" or not quick or passes >= TOP_PASSES:
        assert stronger is None  # never another family, never when slow enough, never past top
        return
    assert stronger is not None
    assert stronger == replace(params, iterations=stronger.iterations)  # only the passes move
    assert passes < stronger.iterations <= TOP_PASSES
    if stronger.iterations < TOP_PASSES:
        # Scaled for the target: the same machine would now take about UNLOCK_TARGET_SECONDS.
        assert seconds * stronger.iterations / passes >= UNLOCK_TARGET_SECONDS - 1e-9


class Stopwatch:
    """Stands in for the derivation clock: each sign-in reads it twice, seeing ``took`` pass."""

    def __init__(self) -> None:
        self.took = 0.5
        self._now = 0.0
        self._started = False

    def __call__(self) -> float:
        if self._started:
            self._now += self.took
        self._started = not self._started
        return self._now


def _strengthened_events(store: Store, session: object) -> list[dict[str, object]]:
    return [
        {key: value for key, value in event.payload.items() if key != "salt"}
        for event in store.events_after(session, 0)  # type: ignore[arg-type]
        if event.type == "auth.key_strengthened"
    ]


def test_a_too_quick_sign_in_rewraps_with_more_passes_and_says_so(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    store, _, _ = Store.create(data_dir, "Quick", "admin", "Admin", PASSWORD, kdf=DEFAULT_KDF)
    store.close()
    store = Store.open(data_dir)
    stopwatch = Stopwatch()
    store.derivation_clock = stopwatch  # type: ignore[method-assign]
    try:
        stopwatch.took = 0.5  # slow enough: nothing changes
        store.unlock("admin", PASSWORD)
        assert [p.iterations for p in _wrap_parameters(data_dir)] == [3, 3]

        stopwatch.took = 0.15  # a quiet machine: 3 passes in 0.15 s is under the 0.2 s floor
        session = store.unlock("admin", PASSWORD)
        wanted = 9  # 3 passes took 0.15 s: 9 take about the 0.45 s target
        kept = _wrap_parameters(data_dir)
        # The admin's wrap is stronger; the recovery wrap (no password at hand) keeps its own.
        assert sorted(p.iterations for p in kept) == [3, wanted]
        assert store.kdf().iterations == wanted  # new and changed passwords start as strong
        assert _strengthened_events(store, session) == [
            {"username": "admin", "passes_before": 3, "passes": wanted}
        ]

        stopwatch.took = 0.45
        again = store.unlock("admin", PASSWORD)  # the stronger wrap opens with the same password
        assert again.data_key.material == session.data_key.material
        assert len(_strengthened_events(store, again)) == 1  # and is not strengthened again
        with pytest.raises(WrongCredentials):
            store.unlock("admin", "not-the-password-1")
        assert store.verify(again.data_key).intact
    finally:
        store.close()


def test_another_familys_quick_sign_in_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    store, _, _ = Store.create(data_dir, "Older", "admin", "Admin", PASSWORD, kdf=OLDER)
    stopwatch = Stopwatch()
    stopwatch.took = 0.001
    store.derivation_clock = stopwatch  # type: ignore[method-assign]
    try:
        session = store.unlock("admin", PASSWORD)
        assert _wrap_parameters(data_dir) == [OLDER, OLDER]
        assert _strengthened_events(store, session) == []
    finally:
        store.close()
