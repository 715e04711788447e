"""Hosts on one machine for the multi-host tests: network namespaces on a bridge, real sshd.

Everything made here (namespaces, with the veth links and bridge inside them, /etc/netns files,
processes) is removed by close(), which the fixtures call also when a test fails. Addresses come
from 198.18.0.0/15 (RFC 2544's range for network tests) and exist only inside these namespaces.
"""
import os
import select
import shutil
import signal
import subprocess
import threading
import time

NETNS_ETC = "/etc/netns"


def skip_reason():
    """Why the namespace tests cannot run here, or None."""
    if os.geteuid() != 0:
        return f"needs root to create network namespaces (running as uid {os.geteuid()})"
    if shutil.which("ip") is None:
        return "needs iproute2's `ip` (apt-get install -y iproute2)"
    return None


def sh(*argv, timeout=30):
    """Run a setup command; fail with its output if it fails."""
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} failed ({done.returncode}): {done.stderr}")
    return done.stdout


class Network:
    """Namespaces joined by one bridge (itself in a namespace): each is a host with an address."""

    def __init__(self):
        pid = os.getpid()
        self.tag = f"dn{pid % 100000}"
        self.prefix = f"198.18.{pid % 200 + 20}."
        self.namespaces, self.etc_dirs, self.procs, self.hosts = [], [], [], {}
        self.switch = self._namespace("sw")
        sh("ip", "-n", self.switch, "link", "add", "br0", "type", "bridge")
        sh("ip", "-n", self.switch, "link", "set", "br0", "up")

    def _namespace(self, name):
        """Create (replacing a stale one of the same name) and track a namespace."""
        full = f"{self.tag}-{name}"
        subprocess.run(["ip", "netns", "del", full], capture_output=True)
        sh("ip", "netns", "add", full)
        self.namespaces.append(full)
        sh("ip", "-n", full, "link", "set", "lo", "up")
        return full

    def add_host(self, name):
        """A new host namespace on the bridge; returns (namespace, address)."""
        index = len(self.hosts) + 1
        ns, address = self._namespace(name), f"{self.prefix}{10 + index}"
        here, there = f"{self.tag}h{index}", f"{self.tag}s{index}"
        sh("ip", "link", "add", here, "netns", ns, "type", "veth", "peer", "name", there,
           "netns", self.switch)
        sh("ip", "-n", ns, "link", "set", here, "name", "eth0")
        sh("ip", "-n", ns, "addr", "add", f"{address}/24", "dev", "eth0")
        sh("ip", "-n", ns, "link", "set", "eth0", "up")
        sh("ip", "-n", self.switch, "link", "set", there, "master", "br0")
        sh("ip", "-n", self.switch, "link", "set", there, "up")
        self.hosts[name] = (ns, address)
        return ns, address

    def write_hosts_file(self, ns, names):
        """/etc/netns/NS/hosts: what `ip netns exec NS` shows as /etc/hosts ({name: address})."""
        directory = os.path.join(NETNS_ETC, ns)
        os.makedirs(directory, exist_ok=True)
        self.etc_dirs.append(directory)
        lines = ["127.0.0.1 localhost"] + [f"{a} {n}" for n, a in names.items()]
        with open(os.path.join(directory, "hosts"), "w") as f:
            f.write("\n".join(lines) + "\n")

    def popen(self, ns, argv, **kwargs):
        """Start a tracked process inside namespace `ns` (killed by PID in close())."""
        proc = subprocess.Popen(["ip", "netns", "exec", ns, *map(str, argv)], **kwargs)
        self.procs.append(proc)
        return proc

    def in_namespace(self, pid, ns):
        """True if process `pid` runs in network namespace `ns`."""
        return os.stat(f"/proc/{pid}/ns/net").st_ino == os.stat(f"/run/netns/{ns}").st_ino

    def close(self):
        """Kill our processes by PID, delete the namespaces (and their links) and /etc/netns files."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        for ns in reversed(self.namespaces):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        for directory in self.etc_dirs:
            shutil.rmtree(directory, ignore_errors=True)
        if os.path.isdir(NETNS_ETC) and not os.listdir(NETNS_ETC):
            os.rmdir(NETNS_ETC)


class Sshd:
    """A real sshd (-D, logging to a pipe) in a namespace, with its own host and client keys."""

    def __init__(self, net, ns, address, workdir):
        os.makedirs("/run/sshd", exist_ok=True)   # sshd's privilege-separation directory
        self.key = os.path.join(workdir, "id_ed25519")
        if not os.path.exists(self.key):
            sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", self.key)
        hostkey = os.path.join(workdir, f"hostkey-{ns}")
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostkey)
        auth = os.path.join(workdir, "authorized_keys")
        shutil.copy(self.key + ".pub", auth)
        self.log = []
        self.proc = net.popen(ns, [
            shutil.which("sshd") or "/usr/sbin/sshd", "-D", "-e", "-f", "/dev/null",
            "-h", hostkey, "-p", 22, "-o", f"ListenAddress={address}",
            "-o", f"AuthorizedKeysFile={auth}", "-o", "StrictModes=no",
            "-o", "PermitRootLogin=prohibit-password", "-o", "MaxStartups=50"],
            stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_listening(timeout=20)
        self.reader = threading.Thread(target=self._drain)
        self.reader.start()

    def _wait_listening(self, timeout):
        """Read sshd's log until it listens (no sleeping); fail with the log otherwise."""
        deadline, text = time.monotonic() + timeout, b""
        while b"Server listening on" not in text:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.proc.stderr], [], [], left)[0]:
                raise RuntimeError(f"sshd did not start listening within {timeout} s: {text!r}")
            data = os.read(self.proc.stderr.fileno(), 4096)
            if not data:
                raise RuntimeError(f"sshd exited ({self.proc.wait()}): {text!r}")
            text += data
        self.log.append(text)

    def _drain(self):
        """Keep sshd's log pipe from filling; ends when sshd exits."""
        for chunk in iter(lambda: os.read(self.proc.stderr.fileno(), 4096), b""):
            self.log.append(chunk)

    def client_options(self):
        """--ssh-options for distnet-launch to log in here with the test's key."""
        return (f"-i {self.key} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                f"-o LogLevel=ERROR -o ConnectTimeout=10")

    def stop(self):
        """Kill sshd by PID and collect its log."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.reader.join(timeout=10)
        return b"".join(self.log).decode(errors="replace")
