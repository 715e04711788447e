"""A KVStore server: a ROUTER loop feeding the aggregator, single-threaded."""
import logging
import select
import sys
import time

import numpy as np
import zmq

from ..base import MXNetError
from ..optimizer.serialization import deserialize_optimizer
from ..optimizer.updater import Updater
from ..ps import protocol
from ..ps.auth import Guard
from ..ps.protocol import Msg, ProtocolError
from .aggregator import Rows, Store, UpdateError
from .node import bind_router, log, shut_down

_EVENTS, _POLLIN = int(zmq.EVENTS), int(zmq.POLLIN)     # plain ints: IntFlag arithmetic is slow

class Server:
    """One server: its store, its sockets, its handlers."""

    def __init__(self, cfg, router, scheduler, rank):
        self.cfg = cfg
        self.router = router
        self.scheduler = scheduler
        self.rank = rank
        self.name = f"server {rank}"
        self.store = Store(cfg.num_worker, sync=True)
        self.status = None
        self.last_heard = time.monotonic()

    def run(self):
        """Serve until STOP (0) or a dead node (1); returns the exit status."""
        # The workers' socket is read with blocking receives (libzmq waits on it itself, and a message
        # already queued costs no system call), for at most half a heartbeat interval, so heartbeats and
        # the scheduler's messages are seen in time. The scheduler's socket is looked at when its
        # descriptor (ZMQ_FD) fires, and drained after each heartbeat sent on it (the send may have taken
        # that signal): a look with ZMQ_EVENTS costs libzmq two system calls, a poll of the descriptor one.
        scheduler = select.poll()
        scheduler.register(self.scheduler.getsockopt(zmq.FD), select.POLLIN)
        self.router.rcvtimeo = max(1, int(self.cfg.heartbeat_interval * 500))
        next_beat = 0.0
        while self.status is None:
            now = time.monotonic()
            if now >= next_beat:
                protocol.send(self.scheduler, Msg.HEARTBEAT)
                next_beat = now + self.cfg.heartbeat_interval
                self.from_scheduler()
            elif scheduler.poll(0):
                self.from_scheduler()
            self.check_scheduler(now)
            if self.status is None:
                try:
                    frames = protocol.recv_frames(self.router)
                except zmq.Again:           # nothing for half an interval
                    continue
                self.from_worker(frames)
        return self.status

    def check_scheduler(self, now):
        silent = now - self.last_heard
        if silent > self.cfg.heartbeat_timeout:
            log(f"{self.name}: the scheduler at {self.cfg.root_address} has been silent for {silent:.1f} s "
                f"(DISTNET_HEARTBEAT_TIMEOUT={self.cfg.heartbeat_timeout:g}); it is presumed dead, exiting; "
                f"{self.waiting()}")
            self.status = 1

    def waiting(self):
        """What this server was waiting for, for the exit message."""
        rounds = self.store.waiting()
        return f"it was waiting for: {rounds}" if rounds else "no sync round was open"

    def from_scheduler(self):
        while self.status is None and self.scheduler.getsockopt(_EVENTS) & _POLLIN:
            self.last_heard = time.monotonic()
            try:
                op, head, _ = protocol.decode(self.scheduler.recv_multipart(copy=False))
            except ProtocolError as err:
                log(f"{self.name}: unreadable message from the scheduler: {err}")
                continue
            if op is Msg.STOP:
                self.status = 0
            elif op is Msg.DEAD:
                log(f"{self.name}: stopping: {head['node']} is dead ({head['reason']}); {self.waiting()}")
                self.status = 1
            elif op is Msg.FAILED:
                log(f"{self.name}: stopping: {head['node']} failed ({head['message']}); {self.waiting()}")
                self.status = 1
            elif op is Msg.ERROR:
                log(f"{self.name}: the scheduler reports: {head['message']}")

    def from_worker(self, frames):
        """Decode and dispatch one worker message; any failure becomes an ERROR reply, never a crash."""
        identity = frames[0].bytes
        try:
            op, head, arrays = protocol.decode(frames[1:])
        except ProtocolError as err:
            self.refuse(identity, err, 0)
            return
        if op is Msg.PUSH_THEN_PULL:            # handled as the PUSH and the PULL it carries, each with its id
            self.handle(identity, Msg.PUSH, head, arrays)
            head["id"] = head["pull_id"]
            op, arrays = Msg.PULL, ()
        self.handle(identity, op, head, arrays)

    def handle(self, identity, op, head, arrays):
        """Run the handler of one request; its failure is the ERROR reply to it."""
        request_id = head["id"]
        try:
            handler = self.HANDLERS.get(op)
            if handler is None:
                raise ProtocolError(f"a server does not handle {op.name} messages", request_id)
            handler(self, identity, head, arrays)
        except Exception as err:    # noqa: BLE001 -- a bug in one request must not end the server
            self.refuse(identity, err, request_id)

    def refuse(self, identity, err, request_id):
        """Answer a failed request with an ERROR (malformed messages and bugs are logged too)."""
        if isinstance(err, ProtocolError):
            log(f"{self.name}: refused a malformed message from {identity!r}: {err}")
            request_id = err.request_id or 0
        if isinstance(err, MXNetError):
            message = f"{self.name}: {err}"
        else:                       # a bug in one request must not end the server: that worker gets the error
            log(f"{self.name}: {type(err).__name__} while handling a message from {identity!r}: {err}")
            message = f"{self.name}: {type(err).__name__}: {err}"
        protocol.send_to(self.router, identity, Msg.ERROR, id=request_id, message=message)

    # ---- handlers ------------------------------------------------------------------------
    def on_init(self, identity, head, arrays):
        self.set_mode(head)
        self.store.init(head["keys"], [a.copy() for a in arrays])
        protocol.send_to(self.router, identity, Msg.REPLY, id=head["id"])

    def on_push(self, identity, head, arrays):
        # No reply: the worker's next request confirms it (an ERROR answers it if it fails).
        self.set_mode(head)
        self.push(identity, head["keys"], arrays)

    def push(self, identity, keys, arrays):
        """Give a worker's pushes to the store; answer the pulls they complete, even when the optimizer failed.

        A failed update is logged here and the key keeps its value: as MXNet's server, whose Python updater's
        exception is printed and ignored, the workers are told nothing and pull the old value.
        """
        try:
            self.answer(self.store.push(worker_rank(identity), keys, arrays))
        except UpdateError as err:
            self.answer(err.done)
            log(f"{self.name}: ignored: {err}")

    def on_pull(self, identity, head, arrays):
        self.answer(self.store.pull(worker_rank(identity), (identity, head["id"]), head["keys"]))

    def on_push_rows(self, identity, head, arrays):
        # Arrays come in (row indices, rows) pairs, one pair per key; no reply, as for a PUSH.
        self.set_mode(head)
        sparse = head["sparse_weights"]
        if len(sparse) != len(head["keys"]) or not all(isinstance(flag, bool) for flag in sparse):
            raise ProtocolError(f"PUSH_ROWS: sparse_weights must hold one bool per key, got {sparse!r:.200}",
                                head["id"])
        pushes = [Rows(index, data, flag) for index, data, flag in zip(arrays[::2], arrays[1::2], sparse)]
        self.push(identity, head["keys"], pushes)

    def on_pull_rows(self, identity, head, arrays):
        self.answer(self.store.pull(worker_rank(identity), (identity, head["id"]), head["keys"], rows=arrays))

    def on_pushpull(self, identity, head, arrays):
        self.set_mode(head)
        self.push(identity, head["keys"], arrays)
        self.answer(self.store.pull(worker_rank(identity), (identity, head["id"]), head["keys"]))

    def on_sync(self, identity, head, arrays):
        protocol.send_to(self.router, identity, Msg.REPLY, id=head["id"])

    def on_set_optimizer(self, identity, head, arrays):
        try:
            updater = Updater(deserialize_optimizer(head["optimizer"]))
        except MXNetError:
            raise
        except Exception as err:             # a malformed optimizer description must not end the server
            raise MXNetError(f"SET_OPTIMIZER: cannot build the optimizer from {str(head['optimizer'])[:200]}: "
                             f"{type(err).__name__}: {err}") from err
        # As MXNet's server: once an optimizer arrives, its log lines (e.g. an lr scheduler's) go to stderr
        logging.basicConfig(level=logging.DEBUG, format=f"%(asctime)-15s Server[{self.rank}] %(message)s")
        logging.getLogger("zmq.auth").setLevel(logging.WARNING)     # pyzmq's authenticator is not MXNet's
        self.store.set_updater(updater)
        protocol.send_to(self.router, identity, Msg.REPLY, id=head["id"])

    def on_set_lr(self, identity, head, arrays):
        if self.store.updater is None:
            raise MXNetError("set_learning_rate: no optimizer was set on the servers; call set_optimizer first")
        self.store.updater.optimizer.set_learning_rate(head["lr"])
        protocol.send_to(self.router, identity, Msg.REPLY, id=head["id"])

    def on_get_states(self, identity, head, arrays):
        data = self.optimizer_updater("save_optimizer_states").get_states(head["dump_optimizer"])
        protocol.send_to(self.router, identity, Msg.REPLY, arrays=[np.frombuffer(data, np.uint8)], id=head["id"])

    def on_set_states(self, identity, head, arrays):
        if len(arrays) != 1 or arrays[0].dtype != np.uint8 or arrays[0].ndim != 1:
            raise MXNetError(f"SET_STATES carries one 1-d uint8 array of optimizer states, got "
                             f"{[(a.dtype.str, a.shape) for a in arrays]}")
        try:
            self.optimizer_updater("load_optimizer_states").set_states(arrays[0].tobytes())
        except MXNetError:
            raise
        except Exception as err:             # malformed states must not end the server
            raise MXNetError(f"SET_STATES: cannot read the optimizer states: {type(err).__name__}: {err}") from err
        protocol.send_to(self.router, identity, Msg.REPLY, id=head["id"])

    def on_stats(self, identity, head, arrays):
        protocol.send_to(self.router, identity, Msg.REPLY, arrays=[self.store.stats(head["keys"])], id=head["id"])

    HANDLERS = {Msg.INIT: on_init, Msg.PUSH: on_push, Msg.PULL: on_pull, Msg.PUSHPULL: on_pushpull, Msg.SYNC: on_sync,
                Msg.SET_OPTIMIZER: on_set_optimizer, Msg.SET_LR: on_set_lr,
                Msg.GET_STATES: on_get_states, Msg.SET_STATES: on_set_states, Msg.STATS: on_stats,
                Msg.PUSH_ROWS: on_push_rows, Msg.PULL_ROWS: on_pull_rows}

    def optimizer_updater(self, what):
        """The server-side Updater, or an error saying the job never set an optimizer."""
        if self.store.updater is None:
            raise MXNetError(f"{what}: no optimizer runs on the servers; call kv.set_optimizer(optimizer) first "
                             "(gluon.Trainer does when update_on_kvstore)")
        return self.store.updater

    def set_mode(self, head):
        """Workers say sync or async with each INIT/PUSH (their kvstore type decides, as in MXNet)."""
        sync = head["sync"]
        if sync != self.store.sync:
            if self.store.keys and any(s.round for s in self.store.keys.values()):
                raise MXNetError("a dist_async push arrived while a dist_sync round is open; every worker must "
                                 "create the same kvstore type")
            self.store.sync = sync

    def answer(self, requests):
        for request in requests:
            identity, request_id = request.handle
            protocol.send_to(self.router, identity, Msg.REPLY, arrays=request.values, id=request_id)


_RANKS = {}         # identity -> rank, for identities already read (a job has a few)


def worker_rank(identity):
    """The rank in a worker's socket identity b'worker 3'."""
    rank = _RANKS.get(identity)
    if rank is not None:
        return rank
    role, _, rank = identity.decode(errors="replace").partition(" ")
    if role != "worker" or not rank.isdigit():
        raise MXNetError(f"message from {identity!r}, which is not a registered worker socket")
    if len(_RANKS) < 4096:
        _RANKS[identity] = int(rank)
    return int(rank)


def main(cfg):
    """Run one server of the job ``cfg``; returns the exit status."""
    ctx = zmq.Context()
    guard = Guard.from_env(ctx, log=lambda message: log(f"server: {message}"))
    router = guard.router()
    scheduler = guard.dealer()
    status = 1
    try:
        port = bind_router(router, cfg)
        scheduler.connect(cfg.root_address)
        head = protocol.register(scheduler, cfg, "server", port)
        status = Server(cfg, router, scheduler, head["rank"]).run()
    except MXNetError as err:
        log(f"server: {err}")
    finally:
        shut_down(ctx, guard, [router, scheduler], 1.0, "server", status)
    return status


if __name__ == "__main__":
    from ..ps import config
    sys.exit(main(config.from_env()))
