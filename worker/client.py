"""A worker's connection to the job: rendezvous, then one I/O thread receiving on every socket.

The sockets belong to whichever thread holds ``Client.io_lock``. The caller's thread sends its
messages itself (``submit`` returns once they are handed to ZeroMQ, which writes them in the
background), so a request costs no thread hand-off. The I/O thread waits on the sockets' file
descriptors without the lock, then takes it to receive: it matches replies to requests by id, runs
each reply's callback, heartbeats the scheduler, enforces request deadlines, and turns a dead node
into an error for every waiter. A caller waiting on an operation receives its replies itself for a
few milliseconds (``serve``), so the common push-then-read needs no hand-off either.

A PUSH gets no reply of its own: the next reply from its server confirms it (see distnet.ps.protocol).
When nothing else is asked of that server for a heartbeat interval, or someone waits for the push,
a SYNC asks for that reply, so a push's deadline holds like any other request's.

A PUSH may be held back (``submit(..., hold=True)``) when a PULL of the same keys is expected next:
that PULL then travels with it as one PUSH_THEN_PULL. Anything else sent, any wait, and the I/O
thread's next turn (at least once per heartbeat interval) send the held PUSH alone first.
"""
import collections
import itertools
import os
import select
import sys
import threading
import time

import zmq

from ..base import MXNetError
from ..ps import protocol
from ..ps.auth import Guard, keys_from_env
from ..ps.protocol import Msg, ProtocolError

SCHEDULER = -1          # submit() target for the scheduler; servers are 0..S-1
# After the job is declared dead, the I/O thread gives the main thread this long to exit with its error.
DEAD_GRACE = 1.0
# Arrays smaller than this are copied into the message as `submit` sends them; bigger ones go zero-copy.
# Copying up to 32 MB costs less than a zero-copy frame's release (pyzmq wakes its collector thread,
# which then takes the GIL); above it, a fresh buffer's page faults cost more (glibc maps it anew).
SEND_COPY_BELOW = 32 << 20
_EVENTS, _POLLIN = int(zmq.EVENTS), int(zmq.POLLIN)     # plain ints: IntFlag arithmetic is slow
# A waiting caller receives its replies itself for at most this long before leaving it to the I/O thread.
SERVE_BUDGET = 0.005


class Latch:
    """A one-shot threading.Event on one lock: much cheaper to create (an Op is made per push and pull)."""

    __slots__ = ("_lock", "_set")

    def __init__(self):
        self._lock = threading.Lock()
        self._lock.acquire()
        self._set = False

    def set(self):
        if not self._set:
            self._set = True
            try:
                self._lock.release()
            except RuntimeError:            # set by another thread at the same moment
                pass

    def is_set(self):
        return self._set

    def wait(self, timeout=None):
        """True once set; False if ``timeout`` seconds pass first."""
        if self._set:
            return True
        if not self._lock.acquire(timeout=-1 if timeout is None else timeout):
            return False
        self._lock.release()                # let every other waiter through too
        return True


class Op:
    """One operation of several messages: done when all replied; the first failure is its error.

    ``what`` names it in errors ('push'); with ``keys`` it reads 'push of key 3', formatted only when asked.
    """

    def __init__(self, what, parts, keys=None):
        self._what = what
        self._keys = keys
        self.missing = parts
        self.error = None
        self.reported = False
        self.event = Latch()
        self.client = None              # set by Client.submit
        self.unanswered = set()         # servers holding parts that only a later reply confirms
        if parts == 0:
            self.event.set()

    @property
    def what(self):
        keys = self._keys
        if keys is None:
            return self._what
        return f"{self._what} of key {keys[0]!r}" if len(keys) == 1 else f"{self._what} of keys {list(keys)}"

    def part_done(self):
        self.missing -= 1
        if self.missing <= 0:
            self.event.set()

    def fail(self, error):
        if self.error is None:
            self.error = error
        self.event.set()

    def wait(self):
        """Block until done; raise its error (once reported it is not raised again by Client.check)."""
        if not self.event.is_set() and self.client is not None:
            self.client.send_held()     # a waiting worker has nothing left to send it with
            if self.unanswered:
                self.client.confirm(self.unanswered)
            self.client.serve(self)
        self.event.wait()
        if self.error is not None:
            self.reported = True
            raise self.error


class Client:
    """Sockets to the scheduler and every server, served by one I/O thread."""

    def __init__(self, cfg):
        self.cfg = cfg
        keys = keys_from_env()          # a bad secret fails here, before any socket exists
        self.ctx = zmq.Context()
        self.guard = Guard(self.ctx, keys)
        self.scheduler = self.guard.dealer()
        self.scheduler.connect(cfg.root_address)
        try:
            head = protocol.register(self.scheduler, cfg, "worker", 0)
        except BaseException:
            self.scheduler.close(linger=0)
            self.ctx.term()
            raise
        self.rank = head["rank"]
        self.num_workers = head["num_worker"]
        self.servers = [(host, port) for host, port in head["servers"]]
        self.sockets = []
        for host, port in self.servers:
            sock = self.guard.dealer()
            sock.setsockopt(zmq.IDENTITY, f"worker {self.rank}".encode())
            sock.copy_threshold = SEND_COPY_BELOW
            sock.connect(f"tcp://{host}:{port}")
            self.sockets.append(sock)
        self.ids = itertools.count(1)
        self.lock = threading.Lock()            # guards inflight
        self.io_lock = threading.Lock()         # owns every socket and `pending`
        self.pending = {}                       # request id -> (op, on_reply, target, deadline)
        # Per server: ids of its unanswered requests (protocol.UNANSWERED) in sending order, and the
        # id of the last SYNC sent to it (0: none); a reply to request n confirms those before n.
        self.unconfirmed = [collections.deque() for _ in self.sockets]
        self.syncs = [0] * len(self.sockets)
        self.inflight = set()
        self.held = None                # a PUSH held back for the next PULL: (op, target, arrays, fields, lent)
        self.failed = []
        self.fatal = None
        self.finished = {}              # name -> when the scheduler said that worker finished its part of the job
        self.sync_rounds = False        # a dist_sync store uses this node: its replies may wait for others' pushes
        self.stopping = False
        self.last_heard = time.monotonic()      # of the scheduler
        self.socks = [(self.scheduler, SCHEDULER)] + [(s, i) for i, s in enumerate(self.sockets)]
        # A serving caller receives on the servers' sockets only (the I/O thread keeps the scheduler's):
        # each look at a socket costs libzmq two system calls.
        self.server_socks = self.socks[1:]
        self.data_waiter = select.poll()        # the servers' descriptors, for a caller serving itself
        self.fd_socks = {}                      # descriptor -> (socket, target) of each server
        for sock, target in self.server_socks:
            fd = sock.getsockopt(zmq.FD)
            self.data_waiter.register(fd, select.POLLIN)
            self.fd_socks[fd] = (sock, target)
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        os.set_blocking(self.wake_w, False)
        # The I/O thread's wait set. An epoll set can change while the thread waits in it: a serving
        # caller takes the servers' sockets out, so their replies do not wake the I/O thread as well.
        self.io_waiter = select.epoll()
        self.io_waiter.register(self.wake_r, select.EPOLLIN)
        self.server_fds = [sock.getsockopt(zmq.FD) for sock in self.sockets]
        for fd in [self.scheduler.getsockopt(zmq.FD)] + self.server_fds:
            self.io_waiter.register(fd, select.EPOLLIN)
        self.thread = threading.Thread(target=self._run, name="distnet-kvstore-io", daemon=True)
        self.thread.start()

    # ---- the caller's side -----------------------------------------------------------------
    def submit(self, op, messages, hold=False, lent=False):
        """Send ``[(target, Msg, arrays, fields, on_reply)]`` for ``op``; returns once ZeroMQ has them.

        Arrays of SEND_COPY_BELOW bytes and more go zero-copy: the caller must not change them afterwards.
        ``hold``: ``messages`` is one PUSH (arrays not the caller's: they are sent later), held back until
        the next request; if that is a PULL of the same keys from the same server, both go as one message.
        ``lent``: with ``hold``, the arrays are the caller's frame buffers, lent until that PULL is sent with
        them (the PULL must keep them from change until it is answered): ``own_held(op)`` copies them if
        their owner is used before, and the PUSH sent alone sends copies.
        """
        self.check()
        op.client = self
        with self.lock:
            self.inflight.add(op)
        used = {}
        with self.io_lock:
            held, now = self.held, time.monotonic()
            if held is not None:
                self.held = None
                target, kind, _, fields, on_reply = messages[0] if len(messages) == 1 else (None,) * 5
                if not hold and kind is Msg.PULL and target == held[1] and fields["keys"] == held[3]["keys"]:
                    if self._send_pair(held, op, on_reply, now):
                        used[target] = self.sockets[target]
                    self._receive_all(self.pending, [(sock, target) for target, sock in used.items()])
                    return op
                self._send(held[0], held[1], Msg.PUSH, _owned(held), held[3], None, used, now)
            if hold:
                target, _, arrays, fields, _ = messages[0]
                self.held = (op, target, arrays, fields, lent)
            else:
                for target, kind, arrays, fields, on_reply in messages:
                    self._send(op, target, kind, arrays, fields, on_reply, used, now)
            # Sending may have consumed a socket's "readable" signal, so the I/O thread would not see
            # replies already here: handle them now (cheaper than waking it).
            self._receive_all(self.pending, [(sock, target) for target, sock in used.items()])
        return op

    def _send(self, op, target, kind, arrays, fields, on_reply, used, now):
        """Send one request of ``op`` (holding io_lock); ``used`` collects the sockets sent on."""
        request_id = next(self.ids)
        frames = protocol.encode(kind, arrays, id=request_id, **fields)
        if self.fatal is not None:
            self._finish(op, self.fatal)
            return
        sock = self.scheduler if target == SCHEDULER else self.sockets[target]
        protocol.send_frames(sock, frames)
        used[target] = sock
        self.pending[request_id] = (op, on_reply, target, now + self.cfg.request_timeout)
        if kind in protocol.UNANSWERED:
            self.unconfirmed[target].append(request_id)
            op.unanswered.add(target)

    def _send_pair(self, held, op, on_reply, now):
        """Send the ``held`` PUSH and the PULL of ``op`` as one PUSH_THEN_PULL (holding io_lock); True if sent."""
        push_op, target, arrays, fields, _ = held
        if self.fatal is not None:
            self._finish(push_op, self.fatal)
            self._finish(op, self.fatal)
            return False
        push_id, pull_id = next(self.ids), next(self.ids)
        protocol.send_frames(self.sockets[target],
                             protocol.encode(Msg.PUSH_THEN_PULL, arrays, id=push_id, pull_id=pull_id, **fields))
        deadline = now + self.cfg.request_timeout
        self.pending[push_id] = (push_op, None, target, deadline)
        self.pending[pull_id] = (op, on_reply, target, deadline)
        self.unconfirmed[target].append(push_id)
        push_op.unanswered.add(target)
        return True

    def send_held(self):
        """Send the PUSH held back for a PULL, if any, alone."""
        if self.held is None or threading.current_thread() is self.thread:
            return
        with self.io_lock:
            used = {}
            self._send_held(used)
            self._receive_all(self.pending, [(sock, target) for target, sock in used.items()])

    def _send_held(self, used):
        """``send_held`` holding io_lock."""
        held, self.held = self.held, None
        if held is not None:
            self._send(held[0], held[1], Msg.PUSH, _owned(held), held[3], None, used, time.monotonic())

    def own_held(self, op):
        """Give the held PUSH of ``op``, if still held, copies of the arrays lent to it (their owner is in use)."""
        if self.held is None or self.held[0] is not op:
            return
        with self.io_lock:
            held = self.held
            if held is not None and held[0] is op and held[4]:
                self.held = held[:2] + (_owned(held),) + held[3:4] + (False,)

    def serve(self, op):
        """Receive on the caller's thread until ``op`` is done, for at most SERVE_BUDGET seconds.

        The reply then reaches its waiter without a hand-off from the I/O thread. If another thread
        holds the sockets, or the budget runs out, the I/O thread delivers it instead. Whoever releases
        io_lock has drained every socket it used until ZMQ_EVENTS showed nothing, so a descriptor that
        stays quiet means no reply is waiting: the caller sleeps on them before looking.
        """
        if threading.current_thread() is self.thread or not self.io_lock.acquire(timeout=0.0005):
            return
        try:
            for fd in self.server_fds:
                self.io_waiter.modify(fd, 0)
            end = time.monotonic() + SERVE_BUDGET
            while not self.stopping and not op.event.is_set() and self.fatal is None:
                left = end - time.monotonic()
                if left <= 0:
                    return
                ready = self.data_waiter.poll(left * 1000)
                if ready:               # a quiet descriptor's socket has nothing waiting (see above)
                    self._receive_all(self.pending, [self.fd_socks[fd] for fd, _ in ready])
        finally:
            for fd in self.server_fds:          # level-triggered: a reply that came meanwhile wakes it now
                self.io_waiter.modify(fd, select.EPOLLIN)
            self.io_lock.release()

    def confirm(self, targets):
        """Have each server in ``targets`` confirm this worker's unanswered requests (SYNC, unless one is sent)."""
        if threading.current_thread() is self.thread:
            return                      # a reply callback: the I/O thread's own SYNCs confirm them
        with self.io_lock:
            self._send_held({})
            sent = self._confirm(targets, self.pending, time.monotonic())
            # as in submit: a send may have taken the signal of a reply that is already here
            self._receive_all(self.pending, [self.server_socks[target] for target in sent])

    def _confirm(self, targets, pending, now, older_than=None):
        """``confirm`` holding io_lock; only servers whose oldest unanswered request was sent before ``older_than``.

        Returns the servers it sent a SYNC to.
        """
        sent = []
        if self.fatal is not None:
            return sent
        for target in targets:
            waiting = self.unconfirmed[target]
            while waiting and waiting[0] not in pending:
                waiting.popleft()
            if not waiting or (self.syncs[target] > waiting[-1] and self.syncs[target] in pending):
                continue
            if older_than is not None and pending[waiting[0]][3] - self.cfg.request_timeout > older_than:
                continue
            request_id = self.syncs[target] = next(self.ids)
            protocol.send_frames(self.sockets[target], protocol.encode(Msg.SYNC, id=request_id))
            pending[request_id] = (Op("confirmation of pushes", 1), None, target, now + self.cfg.request_timeout)
            sent.append(target)
        return sent

    def _wake(self):
        """Make the I/O thread look at its sockets now."""
        try:
            os.write(self.wake_w, b"w")
        except BlockingIOError:         # the pipe is full of wake-ups already
            pass

    def call(self, target, kind, what, arrays=(), **fields):
        """Send one message and wait for its reply."""
        op = self.submit(Op(what, 1), [(target, kind, arrays, fields, None)])
        op.wait()

    def flush(self):
        """Wait until every queued operation has finished; raise the first unreported failure."""
        self.confirm(range(len(self.sockets)))
        with self.lock:
            ops = list(self.inflight)
        for op in ops:
            op.event.wait()
        self.check()

    def check(self):
        """Raise the job's fatal error, or the first failure of an operation nobody waited on."""
        if self.fatal is not None:
            raise self.fatal
        while self.failed:
            op = self.failed.pop(0)
            if not op.reported:
                op.reported = True
                raise op.error

    def describe(self, target):
        """'server 1 (127.0.0.1:9000)' or 'the scheduler (...)'."""
        if target == SCHEDULER:
            return f"the scheduler ({self.cfg.root_uri}:{self.cfg.root_port})"
        host, port = self.servers[target]
        return f"server {target} ({host}:{port})"

    def close(self, finalize=True):
        """Tell the scheduler this worker is done (after its operations finish), stop the I/O thread."""
        if self.thread.is_alive():
            if finalize and self.fatal is None:
                self._finalize()
            self.stopping = True
            self._wake()
            self.thread.join()
        # Every operation was confirmed above (or the job failed): what may still be queued is a heartbeat to
        # a scheduler that has already exited, and lingering on it would hold ctx.term() for connect_timeout.
        for sock in (self.scheduler, *self.sockets):
            sock.close(linger=0)
        self.io_waiter.close()
        os.close(self.wake_r)
        os.close(self.wake_w)
        self.ctx.term()

    def _finalize(self):
        """Tell the scheduler this worker is done once its operations finish, or, should one of them fail, that it
        failed and why: the scheduler then ends the job at once (else it would wait for this worker's heartbeats
        and, a heartbeat timeout later, call it dead)."""
        try:
            self.flush()
        except MXNetError as err:
            print(f"worker {self.rank}: finishing the job: {err}", file=sys.stderr, flush=True)
            if self.fatal is None:          # else the job is over already
                why = (str(err).splitlines() or [type(err).__name__])[0]
                self._report(Msg.FAILED, node=f"worker {self.rank}",
                             message=f"its kvstore could not finish at exit: {why}")
            return
        self._report(Msg.FINALIZE)

    def _report(self, kind, **fields):
        """Send the scheduler this worker's last word and wait for its answer."""
        try:
            self.call(SCHEDULER, kind, "finalize", **fields)
        except MXNetError as err:
            print(f"worker {self.rank}: finishing the job: {err}", file=sys.stderr, flush=True)

    # ---- the I/O thread ----------------------------------------------------------------------
    def _run(self):
        try:
            self._loop(self.pending)
        except BaseException as err:  # noqa: BLE001 -- whatever stops the thread must reach every waiter
            with self.io_lock:
                self._abort(self.pending, MXNetError(f"worker {self.rank}: the kvstore I/O thread failed: "
                                                     f"{type(err).__name__}: {err}"))
            raise

    def _loop(self, pending):
        # Wait on the sockets' descriptors (ZMQ_FD, edge-triggered: drained to empty under the lock
        # each turn) and the wake-up pipe, without touching the sockets, so the caller can send meanwhile.
        self.last_heard = next_beat = time.monotonic()
        exit_at = None
        while True:
            with self.io_lock:
                if self.stopping:
                    return
                if self.held is not None:
                    self._send_held({})         # received on below
                now = time.monotonic()
                if now >= next_beat:
                    protocol.send(self.scheduler, Msg.HEARTBEAT)
                    next_beat = now + self.cfg.heartbeat_interval
                    self._expire(pending, now)
                    # A push nothing has confirmed for an interval gets a SYNC, so its deadline holds.
                    self._confirm(range(len(self.sockets)), pending, now, now - self.cfg.heartbeat_interval)
                self._receive_all(pending)
                now = time.monotonic()
                last_heard = self.last_heard
                if self.fatal is None and now - last_heard > self.cfg.heartbeat_timeout:
                    self._abort(pending, MXNetError(
                        f"worker {self.rank}: the scheduler at {self.cfg.root_address} has been silent for "
                        f"{now - last_heard:.1f} s (DISTNET_HEARTBEAT_TIMEOUT={self.cfg.heartbeat_timeout:g}); "
                        "it is presumed dead and the job is over"))
                if self.fatal is not None:
                    exit_at = exit_at or now + DEAD_GRACE
                    if now >= exit_at:
                        print(f"distnet: {self.fatal}", file=sys.stderr, flush=True)
                        os._exit(1)
                    next_beat = min(next_beat, exit_at)
            if self.io_waiter.poll(max(0.0, next_beat - now)):
                self._drain_wakes()

    def _receive_all(self, pending, socks=None):
        """Handle every message waiting on ``socks`` [(socket, target)] (default: all; holding io_lock).

        Leaves their descriptors re-armed.
        """
        for sock, target in self.socks if socks is None else socks:
            while sock.getsockopt(_EVENTS) & _POLLIN:
                frames = protocol.recv_frames(sock, zmq.NOBLOCK)
                if target == SCHEDULER:
                    self.last_heard = time.monotonic()
                self._receive(target, frames, pending)

    def _drain_wakes(self):
        try:
            while os.read(self.wake_r, 4096):
                pass
        except BlockingIOError:
            pass

    def _receive(self, target, frames, pending):
        try:
            kind, head, arrays = protocol.decode(frames)
        except ProtocolError as err:
            print(f"worker {self.rank}: unreadable message from {self.describe(target)}: {err}",
                  file=sys.stderr, flush=True)
            entry = pending.pop(err.request_id, None) if err.request_id else None
            if entry:
                self._finish(entry[0], err)
            return
        if kind is Msg.DEAD:
            self._abort(pending, MXNetError(f"worker {self.rank}: the job is over because {head['node']} is dead "
                                            f"({head['reason']})"))
            return
        if kind is Msg.FAILED:
            self._abort(pending, MXNetError(f"worker {self.rank}: the job is over because {head['node']} failed "
                                            f"({head['message']})"))
            return
        if kind is Msg.FINISHED:
            self.finished.setdefault(head["node"], time.monotonic())
            return
        if kind is Msg.ERROR and head["id"] == 0 and target == SCHEDULER:
            self._abort(pending, MXNetError(f"worker {self.rank}: the scheduler stopped the job: {head['message']}"))
            return
        if target != SCHEDULER:
            waiting = self.unconfirmed[target]
            while waiting and waiting[0] < head["id"]:     # the server handled these before request `id`
                done = pending.pop(waiting.popleft(), None)
                if done is not None:
                    self._finish(done[0])
        entry = pending.pop(head["id"], None)
        if entry is None:
            return                      # heartbeat answers and replies to expired requests
        op, on_reply, _, _ = entry
        if kind is Msg.ERROR:
            self._finish(op, MXNetError(f"kvstore {op.what} failed on {self.describe(target)}: {head['message']}"))
            return
        try:
            if on_reply is not None:
                on_reply(arrays)
        except (MXNetError, ValueError, TypeError) as err:
            self._finish(op, MXNetError(f"kvstore {op.what}: cannot use the reply of {self.describe(target)}: {err}"))
            return
        self._finish(op)

    def _finish(self, op, error=None):
        if error is not None:
            first = op.error is None
            op.fail(error)
            if first:
                self.failed.append(op)
        else:
            op.part_done()
        if op.event.is_set():
            with self.lock:
                self.inflight.discard(op)

    def _expire(self, pending, now):
        for request_id, (op, _, target, deadline) in list(pending.items()):
            if now > deadline:
                del pending[request_id]
                self._finish(op, MXNetError(
                    f"kvstore {op.what}: no reply from {self.describe(target)} within "
                    f"{self.cfg.request_timeout:g} s (DISTNET_REQUEST_TIMEOUT); in dist_sync mode every worker "
                    "must push each key the same number of times"))
            elif target != SCHEDULER and self.finished and self.sync_rounds:
                self._expire_after_finished(pending, request_id, now)

    def _expire_after_finished(self, pending, request_id, now):
        """Fail a server request still unanswered a heartbeat timeout after another worker finished: a dist_sync
        round that waits for that worker's pushes can never close, and MXNet's job would hang there."""
        op, _, target, deadline = pending[request_id]
        name, finished_at = min(self.finished.items(), key=lambda item: item[1])
        waited = now - max(deadline - self.cfg.request_timeout, finished_at)
        if waited <= self.cfg.heartbeat_timeout:
            return
        del pending[request_id]
        self._finish(op, MXNetError(
            f"kvstore {op.what}: no reply from {self.describe(target)} for {waited:.1f} s "
            f"(DISTNET_HEARTBEAT_TIMEOUT={self.cfg.heartbeat_timeout:g}) after {name} finished its part of the job "
            "(its kvstore closed at exit): a dist_sync round waiting for its pushes can never close; every worker "
            "must push each key the same number of times"))

    def _abort(self, pending, error):
        """The job is over: fail every waiter with ``error``."""
        if self.fatal is None:
            waits = sorted({f"{self.describe(target)} to answer {op.what}" for op, _, target, _ in pending.values()})
            shown = "; ".join(waits[:4]) + (f"; and {len(waits) - 4} more" if len(waits) > 4 else "")
            self.fatal = MXNetError(f"{error}; it was waiting for: {shown}" if waits else
                                    f"{error}; it was waiting for nothing (no request in flight)")
        for op, *_ in pending.values():
            op.fail(self.fatal)
        pending.clear()
        self.held = None                # its op is in flight: failed below
        with self.lock:
            ops = list(self.inflight)
            self.inflight.clear()
        for op in ops:
            op.fail(self.fatal)


def _owned(held):
    """The arrays of a held PUSH as it may send them alone: copies of any lent ones."""
    op, target, arrays, fields, lent = held
    return [protocol.private_copy(a) for a in arrays] if lent else arrays
