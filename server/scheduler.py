"""The scheduler: rendezvous, barriers, heartbeats and dead-node detection, shutdown."""
import sys
import time

import zmq

from ..base import MXNetError
from ..ps import protocol
from ..ps.auth import Guard
from ..ps.protocol import Msg, ProtocolError
from .node import bind_router, log, shut_down


def ranked(registered):
    """[(identity, role, host, port)] in rank order: a role's nodes by the launcher's indices when they are its ranks
    (each of 0..n-1 once), so a process's rank is the index its output is labelled with; else, as nodes started by
    hand, in order of registration."""
    order = []
    for role in ("server", "worker"):
        nodes = [node for node in registered if node[1] == role]
        indices = sorted(node[4] for node in nodes)
        if indices == list(range(len(nodes))):
            nodes.sort(key=lambda node: node[4])
        order += [node[:4] for node in nodes]
    return order


class Scheduler:
    """The scheduler's state and its message handlers; ``run`` is the single-threaded loop."""

    def __init__(self, cfg, sock):
        self.cfg = cfg
        self.sock = sock
        self.expected = {"server": cfg.num_server, "worker": cfg.num_worker}
        self.pending = []               # (identity, role, host, port, launch index) in registration order
        self.names = {}                 # identity -> 'server 0' once ranks are assigned
        self.groups = {"worker": [], "server": []}
        self.last_seen = {}
        self.finalized = set()
        self.barriers = {}              # group -> [(identity, request id)]
        self.started = self.last_tick = time.monotonic()
        self.status = None              # the exit status once the job is over

    def run(self):
        """Serve until the job ends; returns the exit status."""
        while self.status is None:
            if self.sock.poll(self.cfg.heartbeat_interval * 1000, zmq.POLLIN):
                while self.status is None and self.sock.poll(0, zmq.POLLIN):
                    self.handle(self.sock.recv_multipart(copy=False))
            self.tick(time.monotonic())
        return self.status

    def handle(self, frames):
        """One message from a node."""
        identity, frames = frames[0].bytes, frames[1:]
        try:
            op, head, _ = protocol.decode(frames)
        except ProtocolError as err:
            log(f"scheduler: refused a message from {identity!r}: {err}")
            protocol.send_to(self.sock, identity, Msg.ERROR, id=err.request_id or 0, message=str(err))
            return
        self.last_seen[identity] = time.monotonic()
        handler = self.HANDLERS.get(op)
        if handler is None:
            protocol.send_to(self.sock, identity, Msg.ERROR, id=head["id"],
                             message=f"the scheduler does not handle {op.name} messages")
            return
        handler(self, identity, head)

    # ---- handlers -------------------------------------------------------------------------
    def on_register(self, identity, head):
        role = head["role"]
        if self.names or role not in self.expected:
            why = "the job has already started" if self.names else f"role {role!r} is not server or worker"
            protocol.send_to(self.sock, identity, Msg.ERROR, id=head["id"], message=f"registration refused: {why}")
            return
        protocol.send_to(self.sock, identity, Msg.REPLY, id=head["id"])
        self.pending.append((identity, role, head["host"], head["port"], head["launch_index"]))
        if len(self.pending) == sum(self.expected.values()):
            self.start_job()

    def start_job(self):
        """Every node is here: ranks (see ranked), then the node table to all."""
        for identity, role, host, port in ranked(self.pending):
            rank = len(self.groups[role])
            self.groups[role].append((identity, host, port))
            self.names[identity] = f"{role} {rank}"
            self.last_seen[identity] = time.monotonic()
        servers = [[host, port] for _, host, port in self.groups["server"]]
        for role, members in self.groups.items():
            for rank, (identity, _, _) in enumerate(members):
                protocol.send_to(self.sock, identity, Msg.NODES, rank=rank, servers=servers,
                                 num_worker=self.cfg.num_worker)
        log(f"scheduler: job started with {len(servers)} servers and {self.cfg.num_worker} workers")

    def on_heartbeat(self, identity, head):
        protocol.send_to(self.sock, identity, Msg.HEARTBEAT, id=head["id"])

    def on_barrier(self, identity, head):
        group = head["group"]
        members = self.members(group)
        if identity not in members:
            protocol.send_to(self.sock, identity, Msg.ERROR, id=head["id"],
                             message=f"barrier of group {group!r} from a node that is not in it")
            return
        gone = sorted(self.names[member] for member in members & self.finalized)
        if gone:
            protocol.send_to(self.sock, identity, Msg.ERROR, id=head["id"], message=unreachable(group, gone[0]))
            return
        waiting = self.barriers.setdefault(group, [])
        waiting.append((identity, head["id"]))
        if len(waiting) == len(members):
            for member, request_id in waiting:
                protocol.send_to(self.sock, member, Msg.REPLY, id=request_id)
            del self.barriers[group]

    def on_finalize(self, identity, head):
        protocol.send_to(self.sock, identity, Msg.REPLY, id=head["id"])
        self.finalized.add(identity)
        if len(self.finalized) == self.cfg.num_worker:
            for identity_, _, _ in self.groups["server"]:
                protocol.send_to(self.sock, identity_, Msg.STOP)
            log("scheduler: every worker finished; servers stopped")
            self.status = 0
            return
        self.tell_finished(identity)

    def tell_finished(self, identity):
        """A worker finished while others run: the barriers it is in can never complete (fail their waiters), and
        the others' dist_sync rounds may wait for its pushes (tell them, so they stop waiting)."""
        name = self.names[identity]
        for group, waiting in list(self.barriers.items()):
            if identity in self.members(group):
                for member, request_id in waiting:
                    protocol.send_to(self.sock, member, Msg.ERROR, id=request_id, message=unreachable(group, name))
                del self.barriers[group]
        for other, _, _ in self.groups["worker"]:
            if other not in self.finalized:
                protocol.send_to(self.sock, other, Msg.FINISHED, node=name)

    def on_failed(self, identity, head):
        """A worker could not finish its part (its last requests failed as its kvstore closed): the job is over."""
        if identity not in self.members("worker"):
            protocol.send_to(self.sock, identity, Msg.ERROR, id=head["id"], message="FAILED from a node that is not "
                             "a worker")
            return
        protocol.send_to(self.sock, identity, Msg.REPLY, id=head["id"])
        self.finalized.add(identity)
        message = head["message"]
        self.end_job(self.names[identity], f"failed ({message})", Msg.FAILED, message=message)

    HANDLERS = {Msg.REGISTER: on_register, Msg.HEARTBEAT: on_heartbeat, Msg.BARRIER: on_barrier,
                Msg.FINALIZE: on_finalize, Msg.FAILED: on_failed}

    # ---- time ---------------------------------------------------------------------------
    def members(self, group):
        """Identities in a barrier group."""
        roles = ("worker", "server") if group == "all" else (group,)
        return {identity for role in roles for identity, _, _ in self.groups[role]}

    def tick(self, now):
        """Start-up deadline and dead-node checks."""
        paused = now - self.last_tick
        self.last_tick = now
        if self.names and paused > self.cfg.heartbeat_timeout:
            # This process did not run (SIGSTOP, starved): the nodes have given up on it, not it on them.
            log(f"scheduler: this scheduler did not run for {paused:.1f} s (stopped or starved), longer than "
                f"DISTNET_HEARTBEAT_TIMEOUT={self.cfg.heartbeat_timeout:g}; every node has presumed it dead; "
                "stopping the job")
            self.status = 1
            return
        if not self.names:
            if now - self.started > self.cfg.startup_timeout:
                self.abort_startup()
            return
        for identity, name in self.names.items():
            silent = now - self.last_seen[identity]
            if identity not in self.finalized and silent > self.cfg.heartbeat_timeout:
                self.declare_dead(name, f"no heartbeat for {silent:.1f} s "
                                        f"(DISTNET_HEARTBEAT_TIMEOUT={self.cfg.heartbeat_timeout:g}): it crashed, "
                                        "hangs, or is cut off from the scheduler")
                return

    def abort_startup(self):
        registered = {role: sum(node[1] == role for node in self.pending) for role in self.expected}
        missing = ", ".join(f"{self.expected[r] - registered[r]} of {self.expected[r]} {r}s"
                            for r in self.expected if registered[r] < self.expected[r])
        message = (f"start-up deadline of {self.cfg.startup_timeout:g} s (DISTNET_STARTUP_TIMEOUT) passed with "
                   f"{missing} missing (never registered with the scheduler at "
                   f"{self.cfg.root_uri}:{self.cfg.root_port}); check that every role was started")
        for identity, *_ in self.pending:
            protocol.send_to(self.sock, identity, Msg.ERROR, id=0, message=message)
        log(f"scheduler: {message}")
        self.status = 1

    def declare_dead(self, name, reason):
        """Tell every live node that ``name`` died; the job is over."""
        self.end_job(name, f"is dead: {reason}", Msg.DEAD, reason=reason)

    def end_job(self, name, what, kind, **fields):
        """Send ``kind`` about ``name`` (``fields`` say why) to every other node still in the job; it is over."""
        for identity, other in self.names.items():
            if other != name and identity not in self.finalized:
                protocol.send_to(self.sock, identity, kind, node=name, **fields)
        waits = "; ".join(f"barrier {group!r} had {sorted(self.names[i] for i, _ in arrived)}"
                          for group, arrived in self.barriers.items())
        log(f"scheduler: {name} {what}; stopping the job ({waits or 'no barrier was open'})")
        self.status = 1


def unreachable(group, name):
    """Why a barrier of ``group`` can never complete."""
    return (f"barrier of group {group!r} can never complete: {name} finished its part of the job (its kvstore "
            "closed at exit) without reaching it; every worker must call the same barriers")


def main(cfg):
    """Run the scheduler of the job ``cfg``; returns the exit status."""
    ctx = zmq.Context()
    guard = Guard.from_env(ctx, log=lambda message: log(f"scheduler: {message}"))
    sock = guard.router()
    status = 1
    try:
        bind_router(sock, cfg, port=cfg.root_port)
        status = Scheduler(cfg, sock).run()
    except MXNetError as err:
        log(f"scheduler: {err}")
    finally:
        shut_down(ctx, guard, [sock], cfg.connect_timeout, "scheduler", status)
    return status


if __name__ == "__main__":
    from ..ps import config
    sys.exit(main(config.from_env()))
