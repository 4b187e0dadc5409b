"""Two processes on one workspace: the first writes, the second gets read-only access with
the holder's name, and sees the first one's edits on a fresh read after each commit; it
never reads a half-applied edit."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.desk import Desk
from app.services.storage import DuckDBStorage, ReadOnlyError

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import kill_worker  # noqa: E402

#: The first Corridor: opens for writing, then on "edit N" applies N random edits and
#: prints the digest after each commit; on "quit" closes and says so.
WRITER = """
import random, sys
sys.path.insert(0, sys.argv[2])
import kill_worker as k
from app.services.desk import Desk
from app.services.storage import DuckDBStorage
ws = DuckDBStorage.open(sys.argv[1])
desk = Desk(ws, ws.load_store())
rng = random.Random(7)
print("open", ws.read_only, k.store_digest(desk.store), flush=True)
for line in sys.stdin:
    cmd, *arg = line.split()
    if cmd == "quit":
        break
    for _ in range(int(arg[0])):
        desk.apply(k.random_edit(rng, desk.store))
        print("commit", k.store_digest(desk.store), flush=True)
    print("done", flush=True)
desk.close()
print("closed", flush=True)
"""


class Writer:
    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(HERE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pid = self.proc.pid

    def line(self) -> list[str]:
        assert self.proc.stdout is not None
        text = self.proc.stdout.readline()
        assert text, "the writer process ended early"
        return text.split()

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
            self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[Writer, Path, str]]:
    path = tmp_path / "shared.duckdb"
    kill_worker.seed_workspace(path, 11, rows=200).close()
    first = Writer(path)
    try:
        kind, read_only, digest = first.line()
        assert (kind, read_only) == ("open", "False")
        yield first, path, digest
    finally:
        first.close()


def test_second_opener_is_read_only_and_names_the_holder(writer: tuple[Writer, Path, str]) -> None:
    first, path, digest = writer
    ws = DuckDBStorage.open(path)
    desk = Desk(ws, ws.load_store())
    assert desk.read_only
    assert f"process {first.pid}" in ws.holder
    assert "open in another Corridor" in ws.read_only_message()
    assert f"process {first.pid}" in ws.read_only_message()
    with pytest.raises(ReadOnlyError, match="another Corridor"):
        desk.apply(kill_worker.random_edit(kill_worker.random.Random(1), desk.store))
    assert kill_worker.workspace_digest(ws) == digest
    desk.close()


def test_reader_sees_each_commit_and_never_half_an_edit(writer: tuple[Writer, Path, str]) -> None:
    first, path, digest = writer
    reader = DuckDBStorage.open(path, read_only=True)
    first.send("edit 3")
    committed = [first.line()[1] for _ in range(3)]
    assert first.line() == ["done"]
    assert kill_worker.workspace_digest(reader) == committed[-1]
    # Now read while the writer is writing: every read is one of the committed states.
    first.send("edit 20")
    seen = []
    while True:
        seen.append(kill_worker.workspace_digest(reader))
        words = first.line()
        if words == ["done"]:
            break
        committed.append(words[1])
    seen.append(kill_worker.workspace_digest(reader))
    allowed = {digest, *committed}
    assert set(seen) <= allowed
    assert seen[-1] == committed[-1]
    assert reader.integrity_problems() == []


def test_lock_passes_on_when_the_first_closes(writer: tuple[Writer, Path, str]) -> None:
    first, path, _digest = writer
    with DuckDBStorage.open(path) as second:
        assert second.read_only
    first.close()
    assert first.proc.returncode == 0
    with DuckDBStorage.open(path) as third:
        assert not third.read_only
        assert third.holder == ""
        lock_text = path.with_name(path.name + ".lock").read_text()
        assert f"process {os.getpid()}" in lock_text
