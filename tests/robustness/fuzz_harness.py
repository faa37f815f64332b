"""Running geopivot as a user does (a subprocess) with a time limit and a peak-memory reading,
and judging what it printed: exit status, one line per skip naming the file, no traceback."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    peak_mb: float
    timed_out: bool

    @property
    def skip_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("geopivot: skipped ")]

    def lines_naming(self, name: str) -> list[str]:
        return [line for line in self.stderr.splitlines() if name in line]


def geopivot(*args: str | os.PathLike[str], cwd: Path, stdin: bytes | None = None, timeout: float = 120,
             env: dict[str, str] | None = None, interrupt_after: float | None = None,
             preexec: Callable[[], None] | None = None) -> Outcome:
    """``python -m geopivot.cli ARGS`` in ``cwd``; killed after ``timeout`` seconds (a hang),
    or sent SIGINT after ``interrupt_after`` seconds (Ctrl-C)."""
    # FUZZ_SRC measures another checkout's code (the first figures before a fix) with these cases.
    full_env = {**os.environ, "PYTHONPATH": os.environ.get("FUZZ_SRC", str(REPO / "src")), "PYTHONIOENCODING": "utf-8",
                "COLUMNS": "200", **(env or {})}
    out, err = cwd / ".geopivot.out", cwd / ".geopivot.err"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "geopivot.cli", *map(os.fsencode, args)],
                                   cwd=cwd, env=full_env, stdout=stdout, stderr=stderr, preexec_fn=preexec,
                                   stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL)
        killed = threading.Event()

        def stop(sig: int) -> None:
            killed.set() if sig == signal.SIGKILL else None
            try:
                process.send_signal(sig)
            except ProcessLookupError:
                pass

        timers = [threading.Timer(timeout, stop, (signal.SIGKILL,))]
        if interrupt_after is not None:
            timers.append(threading.Timer(interrupt_after, stop, (signal.SIGINT,)))
        for timer in timers:
            timer.start()
        try:
            if stdin is not None:
                try:
                    process.stdin.write(stdin)  # type: ignore[union-attr]
                    process.stdin.close()  # type: ignore[union-attr]
                except BrokenPipeError:
                    pass
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
        finally:
            for timer in timers:
                timer.cancel()
    return Outcome(process.returncode, out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"),
                   usage.ru_maxrss / 1024, killed.is_set())


def assert_clean(outcome: Outcome, *, code: int) -> None:
    """The run ended by itself, with ``code``, and said nothing that looks like a traceback."""
    assert not outcome.timed_out, "hung: killed at the time limit"
    assert "Traceback (most recent call last)" not in outcome.stderr, outcome.stderr[-3000:]
    assert outcome.code == code, (outcome.code, outcome.stderr[-3000:])
