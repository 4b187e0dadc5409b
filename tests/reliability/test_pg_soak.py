"""Two Corridors, two processes, two users, one workspace on a server: for a while each
edits random figures (most on a small hot set both hammer), built on what it has in
memory, pulling now and then and after each refusal. Afterwards:

- the server's values equal what each client holds after a last pull;
- the audit trail holds one row per accepted edit, by its author, and no refused one;
- per figure, the accepted edits in commit order form one chain (each replaced the value
  the one before it left: no update was lost), ending in the value now there;
- refusals happened, and each named the other user.

5 seconds in the default run; 60 with ``--run-slow`` (or ``CORRIDOR_LONG=1``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import psycopg
import pytest

#: One client: opens as its user, says "ready", waits for "go", edits for DURATION
#: seconds, says "done", waits for "pull", pulls once more and prints its results as JSON.
CLIENT = r"""
import json, random, sys, time
from app.domain.edits import SetValues
from app.domain.remote import remote_ops
from app.services.storage import ConflictError, open_storage

url, name, number, duration = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
storage = open_storage(url)
store = storage.load_store()
ids = sorted(int(i) for i in store.observations["obs_id"])
hot = ids[:3]
rng = random.Random(number)
accepted, refused, pulls = [], [], 0


def pull():
    global pulls
    change = storage.pull()
    if change is not None:
        store.apply_ops(remote_ops(store, change))
        pulls += 1


print("ready", flush=True)
sys.stdin.readline()
end, n = time.monotonic() + duration, 0
while time.monotonic() < end:
    n += 1
    obs_id = rng.choice(hot) if rng.random() < 0.8 else rng.choice(ids)
    old = float(store.get(obs_id, "value"))
    new = float(number * 10_000_000 + n)
    text = f"{name} edit {n}"
    edit = SetValues([obs_id], {"value": ([old], [new])}, text)
    try:
        storage.apply(edit)
    except ConflictError as exc:
        refused.append({"obs_id": obs_id, "text": text, "who": exc.who, "message": str(exc)})
        pull()
        continue
    store.apply(edit)
    accepted.append({"obs_id": obs_id, "old": old, "new": new, "text": text})
    if n % 3 == 0:
        pull()
print("done", flush=True)
sys.stdin.readline()
pull()
obs = store.observations
values = {int(i): float(v) for i, v in zip(obs["obs_id"], obs["value"])}
storage.close()
print(json.dumps({"accepted": accepted, "refused": refused, "values": values, "pulls": pulls}))
"""

USERS = ("anna", "ben")


def _editors(server: Any) -> None:
    with psycopg.connect(server.url(), autocommit=True) as con:
        for name in USERS:
            if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone():
                con.execute(f"CREATE ROLE {name} LOGIN")
            con.execute(f"GRANT corridor_editor TO {name}")


def _line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    text = proc.stdout.readline()
    assert text, f"a client ended early: {proc.stderr.read() if proc.stderr else ''}"
    return text.strip()


def _say(proc: subprocess.Popen[str], word: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(word + "\n")
    proc.stdin.flush()


def soak(server: Any, url: str, duration: float) -> None:
    _editors(server)
    db = url.rsplit("/", 1)[1]
    with psycopg.connect(url, autocommit=True) as con:
        original = dict(con.execute("SELECT obs_id, value FROM observations").fetchall())
        audit_before = con.execute("SELECT count(*) FROM audit").fetchone()[0]  # type: ignore[index]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CLIENT,
                server.url(db, user=name),
                name,
                str(i + 1),
                str(duration),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, name in enumerate(USERS)
    ]
    try:
        for proc in procs:
            assert _line(proc) == "ready"
        for proc in procs:
            _say(proc, "go")
        for proc in procs:
            assert _line(proc) == "done"
        for proc in procs:
            _say(proc, "pull")
        results = {name: json.loads(_line(proc)) for name, proc in zip(USERS, procs, strict=True)}
        for proc in procs:
            assert proc.wait(30) == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()  # waits, and closes the pipes
    with psycopg.connect(url, autocommit=True) as con:
        values = dict(con.execute("SELECT obs_id, value FROM observations").fetchall())
        audit = con.execute(
            "SELECT who, description FROM audit ORDER BY audit_id OFFSET %s", [audit_before]
        ).fetchall()

    # everybody sees the same figures
    for name in USERS:
        assert {int(k): v for k, v in results[name]["values"].items()} == values, name

    # one audit row per accepted edit, by its author, in commit order; none for refusals
    edits = {e["text"]: (name, e) for name in USERS for e in results[name]["accepted"]}
    assert len(audit) == len(edits)
    assert [who for who, _text in audit] == [edits[text][0] for _who, text in audit]
    refused_texts = {r["text"] for name in USERS for r in results[name]["refused"]}
    assert not refused_texts & {text for _who, text in audit}

    # per figure, the accepted edits chain: none overwrote a value its author had not seen
    current = {int(k): float(v) for k, v in original.items()}
    for _who, text in audit:
        edit = edits[text][1]
        assert edit["old"] == current[edit["obs_id"]], text
        current[edit["obs_id"]] = edit["new"]
    assert current == values

    # refusals happened, and each named the other user
    for me, other in (USERS, USERS[::-1]):
        refused = results[me]["refused"]
        for r in refused:
            assert r["who"] == other, r
            assert other in r["message"], r
            assert "not saved" in r["message"], r
        assert results[me]["accepted"], me
    assert sum(len(results[n]["refused"]) for n in USERS) > 0
    print(
        {n: (len(results[n]["accepted"]), len(results[n]["refused"])) for n in USERS},
        f"over {duration:.0f} s",
    )


def test_two_clients_hammering_the_same_figures(pg_server: Any, tiny_pg_url: str) -> None:
    soak(pg_server, tiny_pg_url, 5.0)


@pytest.mark.slow
def test_two_clients_hammering_the_same_figures_for_a_minute(
    pg_server: Any, tiny_pg_url: str
) -> None:
    soak(pg_server, tiny_pg_url, 60.0)
