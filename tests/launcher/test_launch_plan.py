"""The launcher's pure parts, without starting anything: spec, plan, command lines, job state."""
import io
import shlex
import subprocess

import pytest

from distnet.launcher import cli, mpi_role, ssh
from distnet.launcher.guard import Lines, exit_status
from distnet.launcher.plan import plan, slot_order
from distnet.launcher.spec import Host, LaunchError, LaunchSpec, parse_hostfile, parse_port_range
from distnet.launcher.supervise import DRAIN_SECONDS, KILL_MARGIN, JobState, describe, log_name

ENV = {"HOME": "/root", "DISTNET_HEARTBEAT": "2", "MXNET_KVSTORE_BIGARRAY_BOUND": "10", "X": "1"}


def spec_of(*argv, environ=ENV, cwd="/job"):
    """The LaunchSpec distnet-launch builds for argv."""
    return cli.build_spec(cli.parser().parse_args([str(a) for a in argv]), environ, cwd)


def env_of(proc):
    return dict(proc.env)


def test_plan_local_starts_scheduler_servers_then_workers_with_dmlc_variables():
    spec = spec_of("-n", 3, "-s", 2, "--port", 9000, "python", "train.py", "--lr", "0.1")
    procs = plan(spec)
    assert [p.label for p in procs] == ["scheduler", "server 0", "server 1",
                                        "worker 0", "worker 1", "worker 2"]
    assert procs[3].argv == ("python", "train.py", "--lr", "0.1")
    assert procs[0].argv == procs[1].argv == (spec.python, "-m", "distnet.server")
    for proc in procs:
        env = env_of(proc)
        assert env["DMLC_ROLE"] == proc.role
        assert (env["DMLC_PS_ROOT_URI"], env["DMLC_PS_ROOT_PORT"]) == ("127.0.0.1", "9000")
        assert (env["DMLC_NUM_WORKER"], env["DMLC_NUM_SERVER"]) == ("3", "2")
        assert env["DMLC_NODE_HOST"] == "127.0.0.1" and proc.host is None
        assert env["DISTNET_HEARTBEAT"] == "2" and env["MXNET_KVSTORE_BIGARRAY_BOUND"] == "10"
        assert "X" not in env and "HOME" not in env     # only the job's variables are planned
    # as MXNet's local launcher: task numbers for the workers, then the servers; none for the scheduler
    tasks = [(env_of(p).get("DMLC_TASK_ID"), env_of(p).get("DMLC_JOB_CLUSTER")) for p in procs]
    assert tasks == [(None, None), ("3", "local"), ("4", "local"), ("0", "local"), ("1", "local"), ("2", "local")]
    # the index in a process's label, which the scheduler makes its rank
    assert [env_of(p).get("DISTNET_LAUNCH_INDEX") for p in procs] == [None, "0", "1", "0", "1", "2"]


def test_servers_default_to_workers_and_a_free_port_is_picked():
    spec = spec_of("-n", 4, "python", "t.py")
    assert spec.num_servers == 4 and 1024 <= spec.port <= 65535
    assert plan(spec) == plan(spec)                      # pure: same spec, same plan


def test_env_server_and_env_worker_set_variables_for_their_role_only():
    spec = spec_of("-n", 2, "-s", 1, "--env", "A=1", "--env-server", "OMP_NUM_THREADS:3", "--env-worker", "B=x",
                   "--env-worker", "A=2", "--env-server", "X", "python", "t.py")
    envs = {p.label: env_of(p) for p in plan(spec)}
    assert {k: envs["scheduler"].get(k) for k in ("A", "B", "OMP_NUM_THREADS", "X")} == \
        {"A": "1", "B": None, "OMP_NUM_THREADS": None, "X": None}
    assert {k: envs["server 0"].get(k) for k in ("A", "B", "OMP_NUM_THREADS", "X")} == \
        {"A": "1", "B": None, "OMP_NUM_THREADS": "3", "X": "1"}
    for worker in ("worker 0", "worker 1"):
        assert {k: envs[worker].get(k) for k in ("A", "B", "OMP_NUM_THREADS")} == \
            {"A": "2", "B": "x", "OMP_NUM_THREADS": None}
    with pytest.raises(LaunchError, match="--env-worker 'DMLC_ROLE=s': the launcher sets DMLC_ROLE itself"):
        spec_of("-n", 1, "--env-worker", "DMLC_ROLE=s", "python")
    with pytest.raises(LaunchError, match="--env-server NOPE: NOPE is not set here"):
        spec_of("-n", 1, "--env-server", "NOPE", "python")


def test_server_command_same_and_custom():
    assert spec_of("-n", 1, "--server-command", "same", "a", "b").server_command == ("a", "b")
    custom = spec_of("-n", 1, "--server-command", "python -c 'print(1)'", "a").server_command
    assert custom == ("python", "-c", "print(1)")


def test_env_flags_set_pass_through_and_mxnet_colon_form():
    env = dict(spec_of("-n", 1, "--env", "A=1=2", "--env", "B:x:y", "--env", "X", "c").env)
    assert (env["A"], env["B"], env["X"]) == ("1=2", "x:y", "1")


@pytest.mark.parametrize("argv, message", [
    (["-n", 0, "p"], "-n and -s must be at least 1"),
    (["-n", 1, "-s", 0, "p"], "-n and -s must be at least 1"),
    (["-n", 1], "no command given"),
    (["-n", 1, "--env", "NOPE", "p"], "NOPE is not set here"),
    (["-n", 1, "--env", "DMLC_ROLE=server", "p"], "the launcher sets DMLC_ROLE itself"),
    (["-n", 1, "--env", "1X=2", "p"], "is not a variable name"),
    (["-n", 1, "--launcher", "ssh", "p"], "--launcher ssh needs -H HOSTFILE"),
    (["-n", 1, "--sync-dst-dir", "/d", "p"], "--sync-dst-dir copies the working directory"),
    (["-n", 1, "--port-range", "9-2", "p"], "--port-range '9-2' is not LO-HI"),
    (["-n", 1, "--port", 70000, "p"], "--port 70000 is not a TCP port"),
    (["-n", 1, "--server-command", " ", "p"], "--server-command is empty"),
    (["-n", 1, "--launcher", "ssh", "-H", "/nonexistent/hosts", "p"], "cannot read hostfile"),
])
def test_bad_flags_raise_launch_error_saying_what_to_fix(argv, message):
    with pytest.raises(LaunchError, match=message.replace("(", r"\(")):
        spec_of(*argv)


def test_hostfile_parsing():
    hosts = parse_hostfile("# cluster\nalpha\n\nroot@beta:2  # two slots\n10.0.0.3:1\n")
    assert hosts == (Host("alpha", "alpha", 1), Host("root@beta", "beta", 2),
                     Host("10.0.0.3", "10.0.0.3", 1))
    for bad, message in [("a:0", "positive integer"), ("a:x", "positive integer"),
                         ("fe80::1", "IPv6"), ("a b", "cannot read host entry"), ("#\n", "no hosts")]:
        with pytest.raises(LaunchError, match=message):
            parse_hostfile(bad, "hosts")


def test_port_range():
    assert parse_port_range("9100-9199") == (9100, 9199)
    with pytest.raises(LaunchError, match="LO-HI"):
        parse_port_range("9100")


def test_slot_order_round_robin_with_slots():
    a, b, c = Host("a", "a", 2), Host("b", "b", 1), Host("c", "c", 3)
    assert [h.target for h in slot_order((a, b, c))] == ["a", "b", "c", "a", "c", "c"]


def test_plan_ssh_places_roles_round_robin_and_advertises_host_addresses(tmp_path):
    hostfile = tmp_path / "hosts"
    hostfile.write_text("u@h1\nh2\n")
    spec = spec_of("--launcher", "ssh", "-H", hostfile, "-n", 3, "-s", 2, "--port-range",
                   "9100-9199", "python", "t.py")
    procs = plan(spec)
    placed = {p.label: p.host.target for p in procs}
    assert placed == {"scheduler": "u@h1", "server 0": "u@h1", "server 1": "h2",
                      "worker 0": "u@h1", "worker 1": "h2", "worker 2": "u@h1"}
    for proc in procs:
        env = env_of(proc)
        assert env["DMLC_NODE_HOST"] == proc.host.address
        assert (env["DMLC_PS_ROOT_URI"], env["DMLC_PS_ROOT_PORT"]) == ("h1", "9100")
        assert env["DISTNET_PORT_RANGE"] == "9100-9199"
    assert spec_of("--launcher", "ssh", "-H", hostfile, "-n", 1, "p").port == cli.DEFAULT_REMOTE_PORT


def test_ssh_command_quotes_every_word_and_runs_the_guard(tmp_path):
    hostfile = tmp_path / "hosts"
    hostfile.write_text("h1\n")
    spec = spec_of("--launcher", "ssh", "-H", hostfile, "-n", 1, "--env", "Q=it's $HOME",
                   "--ssh-options", "-i /k -p 2222", "python", "my script.py", "a;b", cwd="/w d")
    worker = plan(spec)[-1]
    argv = ssh.ssh_argv(spec, worker.host.target, ssh.remote_command(worker, spec))
    assert argv[:4] == ["ssh", "-T", "-o", "BatchMode=yes"]
    assert argv[4:8] == ["-i", "/k", "-p", "2222"] and argv[-2] == "h1"
    words = shlex.split(argv[-1])            # what the remote shell will see
    # the job's secret comes as the first line of stdin, never on the command line `ps` shows
    assert words[:7] == ["IFS=", "read", "-r", "DISTNET_SECRET", "&&", "export", "DISTNET_SECRET"]
    assert not any(w.startswith("DISTNET_SECRET=") for w in words)
    words = words[words.index("cd"):]
    assert words[:5] == ["cd", "/w d", "&&", "exec", "env"]
    assert "Q=it's $HOME" in words and "DMLC_ROLE=worker" in words
    guard = words.index("-I")
    assert words[guard + 1].endswith("guard.py") and "--watch-stdin" in words
    assert words[-4:] == ["--", "python", "my script.py", "a;b"]


class ExitedPopen(subprocess.Popen):
    """Popen that returns only once the process has ended: the secret's write comes too late."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.wait(timeout=30)


@pytest.mark.timeout(60)
def test_ssh_that_gives_up_before_reading_the_secret_is_reported_by_its_status(tmp_path, monkeypatch):
    hostfile = tmp_path / "hosts"
    hostfile.write_text("root@127.0.0.1\n")       # port 1 below: refused at once, on loopback
    spec = spec_of("--launcher", "ssh", "-H", hostfile, "-n", 1, "--ssh-options", "-p 1", "python", "t.py",
                   cwd=str(tmp_path))
    worker = plan(spec)[-1]
    assert "DISTNET_SECRET" in env_of(worker)
    monkeypatch.setattr(ssh.subprocess, "Popen", ExitedPopen)
    popen = ssh.start(worker, spec)
    popen.stdin.close()                             # the supervisor's clean-up: nothing left queued
    assert popen.returncode == 255
    assert b"Connection refused" in popen.stderr.read()
    popen.stdout.close(), popen.stderr.close()


def test_sync_runs_rsync_once_per_host_into_the_destination(tmp_path):
    hostfile = tmp_path / "hosts"
    hostfile.write_text("h1:2\nh2\nh1\n")
    spec = spec_of("--launcher", "ssh", "-H", hostfile, "-n", 2, "--sync-dst-dir", "/dst dir",
                   "--ssh-options", "-p 22", "python", "t.py", cwd="/src")
    argvs = ssh.sync_argvs(spec)
    assert [a[-1] for a in argvs] == ["h1:/dst dir/", "h2:/dst dir/"]
    assert argvs[0][:2] == ["rsync", "-az"] and argvs[0][-2] == "/src/"
    assert shlex.split(argvs[0][3])[:4] == ["ssh", "-T", "-o", "BatchMode=yes"]
    assert shlex.split(argvs[0][4].split("=", 1)[1]) == ["mkdir", "-p", "/dst dir", "&&", "rsync"]
    worker = plan(spec)[-1]
    words = shlex.split(ssh.remote_command(worker, spec))
    assert words[words.index("cd") + 1] == "/dst dir"


def test_plan_mpi_is_one_mpirun_running_the_role_shim(tmp_path, monkeypatch):
    monkeypatch.setattr(cli.mpi, "detect_flavor", lambda: "openmpi")
    spec = spec_of("--launcher", "mpi", "-n", 2, "-s", 1, "--mpi-args=--allow-run-as-root",
                   "--port", 9500, "python", "t.py")
    [proc] = plan(spec)
    argv = list(proc.argv)
    assert argv[:4] == ["mpirun", "-np", "4", "--oversubscribe"]
    assert "--allow-run-as-root" in argv and "--host" not in argv
    forwarded = {argv[i + 1] for i, a in enumerate(argv) if a == "-x"}
    assert forwarded == set(env_of(proc)) and "DMLC_ROLE" not in forwarded
    assert env_of(proc)["DMLC_NODE_HOST"] == "127.0.0.1"
    shim = argv.index("distnet.launcher.mpi_role")
    assert argv[shim + 1:] == ["-s", "1", "-n", "2", "--grace", "5.0", "--server-command",
                               shlex.join(spec.server_command), "--", "python", "t.py"]
    [proc] = plan(spec_of("--launcher", "mpi", "-n", 1, "--env-server", "K:a b", "--env-worker", "K=w", "p"))
    argv = list(proc.argv)
    shim = argv.index("distnet.launcher.mpi_role")
    assert argv[argv.index("--env-server") + 1] == "K=a b" and argv[argv.index("--env-worker") + 1] == "K=w"
    assert argv.index("--env-worker") < argv.index("--") and "K" not in env_of(proc)
    hostfile = tmp_path / "hosts"
    hostfile.write_text("a:2\nb\n")
    monkeypatch.setattr(cli.mpi, "detect_flavor", lambda: "mpich")
    [proc] = plan(spec_of("--launcher", "mpi", "-H", hostfile, "-n", 1, "--sync-dst-dir", "/d", "p"))
    assert proc.argv[:3] == ("mpirun", "-n", "3") and "-hosts" in proc.argv
    assert proc.argv[proc.argv.index("-wdir") + 1] == "/d"
    assert proc.argv[proc.argv.index("-hosts") + 1] == "a:2,b:1"
    assert "DMLC_NODE_HOST" not in env_of(proc)       # each rank advertises its own address


def test_mpi_rank_to_role():
    roles = [mpi_role.role_of(r, 2, 3) for r in range(6)]
    assert roles == [("scheduler", None), ("server", 0), ("server", 1),
                     ("worker", 0), ("worker", 1), ("worker", 2)]
    with pytest.raises(SystemExit, match="-np 6"):
        mpi_role.role_of(6, 2, 3)
    assert mpi_role.mpi_rank({"PMI_RANK": "4"}) == 4
    assert mpi_role.mpi_rank({"OMPI_COMM_WORLD_RANK": "2", "PMI_RANK": "9"}) == 2
    with pytest.raises(SystemExit, match="started by mpirun"):
        mpi_role.mpi_rank({})


def _job(workers=2, servers=1):
    spec = LaunchSpec(num_workers=workers, num_servers=servers, command=("w",),
                      server_command=("s",), grace=1.0)
    return plan(spec), JobState(plan(spec), grace=1.0)


def test_job_state_first_failure_stops_the_rest_then_kills_after_grace():
    procs, job = _job()
    assert job.exited(3, 0, now=0) == []             # worker 1 finished cleanly
    assert job.exited(2, 3, now=1) == [("stop", 0), ("stop", 1)]
    assert job.exited(0, -15, now=1.5) == []         # stopped processes are not failures
    assert job.deadline() == 1 + 1.0 + KILL_MARGIN
    assert job.tick(now=2) == []
    assert job.tick(now=1 + 1.0 + KILL_MARGIN) == [("kill", 1)]
    job.exited(1, -9, now=4.5)
    assert job.done()
    assert job.outcome() == (3, "worker 0 exited with status 3; stopped 1 scheduler, 1 server")


def test_job_state_signal_then_second_signal_kills_at_once():
    procs, job = _job()
    assert [i for _, i in job.signalled(15, now=0)] == [0, 1, 2, 3]
    assert job.signalled(2, now=0.1) == [("kill", i) for i in range(4)]
    for i in range(4):
        job.exited(i, -9, now=0.2)
    assert job.outcome() == (143, "interrupted by SIGTERM; stopped 1 scheduler, 1 server, 2 workers")


def test_job_state_clean_job_and_servers_that_outlive_the_workers():
    procs, job = _job()
    for i in (2, 3):
        job.exited(i, 0, now=0)
    assert job.deadline() == DRAIN_SECONDS and job.tick(now=1) == []
    for i in (0, 1):
        job.exited(i, 0, now=2)
    assert job.done() and job.outcome() == (0, None)
    procs, job = _job(workers=1)
    job.exited(2, 0, now=0)
    assert job.tick(now=DRAIN_SECONDS) == [("stop", 0), ("stop", 1)]
    job.exited(0, -15, now=31)
    job.exited(1, -15, now=31)
    status, summary = job.outcome()
    assert status == 1 and summary.startswith("scheduler, server 0 still running 30 s after")


def test_job_state_unstarted_processes():
    procs, job = _job()
    assert job.not_started([2, 3], now=0) == [("stop", 0), ("stop", 1)]
    assert job.running() == [0, 1]
    assert job.outcome()[0] == 127


def test_describe_and_exit_status():
    assert describe(3) == "exited with status 3"
    assert describe(-9) == "was killed by SIGKILL"
    assert describe(143) == "exited with status 143 (killed by SIGTERM)"
    remote = plan(LaunchSpec(1, 1, ("w",), ("s",), hosts=(Host("h", "h"),)))[0]
    assert "cannot connect or log in" in describe(255, remote)
    assert exit_status(-15) == 143 and exit_status(4) == 4
    assert log_name(remote) == "scheduler.log"


def test_lines_prefix_complete_lines_and_flush_the_rest():
    out, log = io.BytesIO(), io.BytesIO()
    lines = Lines(b"[worker 1] ", out, log)
    for chunk in (b"ab", b"c\nde", b"f\n\ng", b""):
        lines.feed(chunk)
    assert out.getvalue() == b"[worker 1] abc\n[worker 1] def\n[worker 1] \n[worker 1] g\n"
    assert log.getvalue() == b"abc\ndef\n\ng\n"
