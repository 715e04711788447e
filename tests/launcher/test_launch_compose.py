"""docker-compose.yml and Dockerfile without Docker: the file's services as namespace hosts.

Each replica of each service runs its command in its own network namespace, with the service's
environment and an /etc/hosts (via /etc/netns/NAME/hosts) that resolves the service names, as
Docker's network would; `python` is this interpreter (the image's has distnet installed too).
"""
import os
import pathlib
import re
import shlex
import socket
import subprocess
import sys
import time

import pytest

import mini_yaml
from netns import Network, skip_reason

ROOT = pathlib.Path(__file__).resolve().parents[2]
ORDER = ("scheduler", "server", "worker")   # depends_on order


def compose(environ):
    """docker-compose.yml as compose sees it with `environ`."""
    return mini_yaml.interpolate(mini_yaml.load((ROOT / "docker-compose.yml").read_text()), environ)


def replicas(service):
    return int((service.get("deploy") or {}).get("replicas", 1))


def dockerfile():
    """The Dockerfile's instructions as (KEYWORD, argument text)."""
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    return [tuple(l.split(None, 1)) for l in lines if l.strip() and not l.startswith("#")]


def test_compose_services_are_the_cluster_roles_configured_by_dmlc_variables():
    services = compose({})["services"]
    assert tuple(services) == ORDER
    for name, service in services.items():
        env = service["environment"]
        assert env["DMLC_ROLE"] == name and env["DMLC_PS_ROOT_URI"] == "scheduler"
        assert service["build"] == "." and service["image"] == services["scheduler"]["image"]
        assert all(k.startswith(("DMLC_", "DISTNET_")) for k in env)
    assert services["scheduler"]["command"] == services["server"]["command"] == \
        ["python", "-m", "distnet.server"]
    script = services["worker"]["command"][1]
    assert services["worker"]["command"][0] == "python" and script.startswith("examples/")
    scaled = compose({"NUM_SERVER": "3", "NUM_WORKER": "5"})["services"]
    assert (replicas(scaled["server"]), replicas(scaled["worker"])) == (3, 5)
    for service in scaled.values():    # the replica counts and what the scheduler waits for agree
        assert service["environment"]["DMLC_NUM_SERVER"] == "3"
        assert service["environment"]["DMLC_NUM_WORKER"] == "5"
    assert compose({"KVSTORE": "dist_async"})["services"]["worker"]["command"][-1] == "dist_async"


def test_dockerfile_copies_and_installs_every_package_the_services_run(tmp_path):
    steps = dockerfile()
    copied = [a.split()[0].rstrip("/") for k, a in steps if k == "COPY"]
    mapping = re.findall(r'^"distnet[\w.]*" = "(\w+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert set(mapping) | {"pyproject.toml", "examples"} <= set(copied)
    assert ("RUN", "pip install --no-cache-dir .") in steps
    assert ("CMD", '["python", "-m", "distnet.server"]') in steps
    # What `pip install .` in the image builds from exactly the copied files:
    stage = tmp_path / "image"
    stage.mkdir()
    for source in copied:
        subprocess.run(["cp", "-r", str(ROOT / source), str(stage / source)], check=True)
    build = tmp_path / "build"     # setuptools' build step of `pip install .`, without a wheel
    subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build",
                    "--build-base", str(build)], cwd=stage, check=True, timeout=120,
                   capture_output=True)
    names = {p.relative_to(build / "lib").as_posix() for p in (build / "lib").rglob("*.py")}
    for module in ("distnet/server/__init__.py", "distnet/worker/__init__.py",
                   "distnet/launcher/guard.py", "distnet/launcher/cli.py", "distnet/ps/__init__.py"):
        assert module in names


@pytest.mark.timeout(420)
def test_compose_services_in_namespaces_complete_the_job(tmp_path):
    reason = skip_reason()
    if reason:
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    services = compose({"NUM_SERVER": "2", "NUM_WORKER": "2"})["services"]
    net, running = Network(), []
    try:
        placed = [(name, k, *net.add_host(f"{name}-{k}"))
                  for name in ORDER for k in range(1, replicas(services[name]) + 1)]
        names = {f"{n}-{k}": address for n, k, _, address in placed}
        names.update({n: address for n, k, _, address in reversed(placed)})   # service -> replica 1
        for name, k, ns, address in placed:
            net.write_hosts_file(ns, dict(names, **{socket.gethostname(): address}))
        for name, k, ns, address in placed:
            running.append(_start(net, name, k, ns, services[name], tmp_path))
        statuses = _wait_all(running, timeout=360)
        outputs = {label: path.read_text(errors="replace") for label, _, path in running}
        report = "\n".join(f"--- {label}: {statuses[label]}\n{outputs[label][-2000:]}"
                           for label in outputs)
        assert all(status == 0 for status in statuses.values()), report
        assert any("accuracy" in text.lower() for l, text in outputs.items() if "worker" in l), report
    finally:
        net.close()       # kills what is still running by PID, removes namespaces and hosts files


def _start(net, name, k, ns, service, tmp_path):
    """One replica: its command (python -> this interpreter) with only the service's environment."""
    argv = [sys.executable if a == "python" else a for a in service["command"]]
    env = {"PATH": os.environ["PATH"], "HOME": "/root", "LANG": "C.UTF-8"}
    env.update(service["environment"])
    path = tmp_path / f"{name}-{k}.log"
    with open(path, "wb") as log:
        proc = net.popen(ns, argv, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log,
                         stderr=subprocess.STDOUT)
    return f"{name}-{k} ({shlex.join(service['command'])})", proc, path


def _wait_all(running, timeout):
    """Exit status of every replica; a replica still running at the deadline counts as None."""
    deadline, statuses = time.monotonic() + timeout, {}
    for label, proc, _ in running:
        try:
            statuses[label] = proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            statuses[label] = None
    return statuses
