"""The one server harness (tools/stack.py) and /proc readings (tools/proc.py), with small
stand-in servers: ports, commands, waiting until ready, logs and stopping a group."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools import proc, stack
from tools.stack import Processes, Server, StackError

# A stand-in server: prints, then serves HTTP on the port given as its argument; with
# "child" it also starts a long sleeper in its own group, to check the group is stopped.
HTTP_SERVER = """
import http.server, subprocess, sys
print("starting", flush=True)
if "child" in sys.argv:
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), http.server.SimpleHTTPRequestHandler).serve_forever()
"""


def http_server(tmp_path: Path, *extra: str, **fields: object) -> Server:
    port = stack.free_port()
    return Server(
        "stand-in",
        [sys.executable, "-c", HTTP_SERVER, str(port), *extra],
        log=tmp_path / "stand-in.log",
        ready_url=f"http://127.0.0.1:{port}/",
        ready_seconds=20,
        cwd=tmp_path,
        **fields,  # type: ignore[arg-type]
    )


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"


def test_free_ports_differ_and_a_taken_port_is_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken_port = sock.getsockname()[1]
        assert not stack.port_is_free(taken_port)
        with pytest.raises(StackError, match="in use"):
            stack.pick_port(taken_port, set())
    taken: set[int] = set()
    first, second = stack.pick_port(None, taken), stack.pick_port(None, taken)
    assert first != second and taken == {first, second}


def test_commands_start_the_project_servers_from_this_interpreter() -> None:
    assert stack.action_server_command(5055) == [
        sys.executable,
        *("-m", "server.action_server", "--port", "5055"),
    ]
    assert "rasa_sdk" in stack.action_server_command(5055, stock=True)
    command = stack.rasa_command(5005, "e.yml", launcher=["rasa"], extra=["--cors", "x"])
    assert command[:2] == ["rasa", "run"] and command[-2:] == ["--cors", "x"]
    assert command[command.index("--model") + 1] == str(stack.MODEL)
    assert command[command.index("--interface") + 1] == "127.0.0.1"


def test_session_endpoints_point_at_this_action_server_and_a_throwaway_db(
    tmp_path: Path,
) -> None:
    config = stack.sqlite_endpoints(1234, tmp_path / "t.db")
    path = stack.write_endpoints(tmp_path / "endpoints.yml", config)
    assert "http://127.0.0.1:1234/webhook" in path.read_text()
    assert config["tracker_store"]["type"] == stack.TRACKER_STORE_TYPE


def test_a_server_is_ready_once_it_answers_and_its_output_is_logged(tmp_path: Path) -> None:
    with stack.running(http_server(tmp_path)) as server:
        assert server.process is not None and server.process.poll() is None
        assert "starting" in server.text()
    assert server.process.poll() is not None


def test_stopping_ends_the_whole_process_group(tmp_path: Path) -> None:
    server = http_server(tmp_path, "child").start()
    children = [p for p in proc.descendants(server.pid) if p != server.pid]
    assert children
    server.stop()
    time.sleep(0.2)
    assert not any(alive(child) for child in children)


def test_a_server_that_exits_or_never_answers_is_an_error_quoting_its_log(
    tmp_path: Path,
) -> None:
    dying = Server(
        "dying server",
        [sys.executable, "-c", "print('no config, bye'); raise SystemExit(3)"],
        log=tmp_path / "dying.log",
        ready_url=f"http://127.0.0.1:{stack.free_port()}/",
    )
    with pytest.raises(StackError, match=r"exited with status 3(.|\n)*no config, bye"):
        dying.start()
    silent = Server(
        "silent server",
        [sys.executable, "-c", "import time; time.sleep(60)"],
        log=tmp_path / "silent.log",
        ready_url=f"http://127.0.0.1:{stack.free_port()}/",
        ready_seconds=1,
    )
    with pytest.raises(StackError, match="did not answer"):
        silent.start()
    assert silent.process is not None and silent.process.poll() is not None  # stopped


def test_a_restarted_server_can_keep_its_earlier_output(tmp_path: Path) -> None:
    server = http_server(tmp_path, append_log=True)
    for _ in range(2):
        server.start()
        server.stop()
    assert server.text().count("starting") == 2


def test_a_server_that_ignores_sigterm_is_killed_after_its_grace(tmp_path: Path) -> None:
    stubborn = Server(
        "stubborn server",
        [
            sys.executable,
            "-c",
            "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
            "print('up', flush=True); time.sleep(60)",
        ],
        log=tmp_path / "stubborn.log",
        stop_grace=0.5,
    ).start()
    while "up" not in stubborn.text():
        time.sleep(0.05)
    started = time.monotonic()
    stubborn.stop()
    assert stubborn.process is not None
    assert stubborn.process.returncode == -signal.SIGKILL
    assert time.monotonic() - started < 5


def test_processes_start_together_report_crashes_and_keep_logs(tmp_path: Path) -> None:
    with Processes(tmp_path, env={"GREETING": "hello"}) as processes:
        processes.start(
            "talker", [sys.executable, "-c", "import os; print(os.environ['GREETING'])"]
        )
        processes.running["talker"].process.wait(timeout=10)  # type: ignore[union-attr]
        with pytest.raises(StackError, match="talker exited with status 0 during the run"):
            processes.check_alive()
        assert "hello" in processes.log_tails()
        kept = processes.save_logs(tmp_path / "kept")
    assert (kept / "talker.log").read_text().strip() == "hello"
    assert processes.running == {}


def test_peak_memory_and_cpu_of_this_process_are_read_from_proc() -> None:
    assert proc.peak_rss_mb(os.getpid()) > 1
    assert proc.cpu_seconds(os.getpid()) > 0


def test_a_child_process_counts_towards_its_parent() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; print(flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        child.stdout.readline()  # the child is running Python, so it has a resident size
        assert child.pid in proc.descendants(os.getpid())
        alone = proc.status_kib(os.getpid(), "VmHWM") / 1024
        assert proc.peak_rss_mb(os.getpid()) > alone
    finally:
        child.kill()
        child.wait()


def test_a_gone_process_reads_as_zero() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert proc.peak_rss_mb(child.pid) == 0
    assert proc.cpu_seconds(child.pid) == 0
