"""The wire format: a header frame, then one raw frame per array. The one place it is defined.

A message is ``[header, *arrays]``. The header is a msgpack map
``{"v": VERSION, "op": Msg, "id": request id, "arrays": [[dtype, shape], ...], **fields}``; each
array travels as its raw bytes (sent with copy=False, read back with np.frombuffer). A key on the
wire is ``[key, part]``: the user's key (int or str) and which slice of it (0 unless split).

The data messages of one int key (PUSH, PULL, PUSHPULL, PUSH_THEN_PULL) and REPLY and SYNC travel
with a compact header instead when their fields fit it: fixed little-endian binary (see _COMPACT_HEAD),
told apart by its first byte COMPACT_MAGIC (a msgpack header starts with a map byte). Decoding one
costs a fraction of a msgpack header's, and a round trip decodes two.

Every request gets one reply (REPLY or ERROR with its id), except a PUSH or PUSH_ROWS, which is
answered only when it fails. A PUSH_THEN_PULL is two requests in one message: a PUSH (its id) and
then a PULL of the same keys (id ``pull_id``), each answered as if sent alone. A server handles one worker's messages in the order sent and answers each at once
(a PULL waiting for a round: once the round closes), so any reply to a later request of the
same worker confirms every earlier PUSH that got no ERROR. SYNC asks for such a reply.
"""
import enum
import math
import re
import struct
import threading

import msgpack
import numpy as np
import zmq

from ..base import MXNetError

VERSION = 7         # 2: PUSH answered only on error; PUSHPULL and SYNC. 3: PUSH_ROWS and PULL_ROWS. 4: PUSH_THEN_PULL.
                    # 5: compact headers. 6: REGISTER's launch_index. 7: FINISHED and FAILED
# Only plain numeric arrays travel, with dtypes spelled as encode writes them ('<f4', '|u1'); anything else
# (objects, records, strings, subarrays) is refused at decode.
_ARRAY_KINDS = "biufc"
_DTYPE = re.compile(r"[<>|=]?[biufc][0-9]{1,2}")
_MAX_DIMS = 32      # numpy's limit


class Msg(enum.IntEnum):
    """Message types. The numbers are on the wire: append, never renumber."""
    REGISTER = 1        # node -> scheduler: I am up, reach me here
    NODES = 2           # scheduler -> node: your rank and the servers' addresses
    INIT = 3            # worker -> server: a key's first value
    PUSH = 4            # worker -> server: gradients (or values) for keys; answered only if it fails
    PULL = 5            # worker -> server: send me these keys' values
    REPLY = 6           # any -> requester: request `id` done (with arrays for a PULL)
    BARRIER = 7         # node -> scheduler: I reached the barrier of `group`
    SET_OPTIMIZER = 8   # worker -> server: update with this optimizer from now on
    HEARTBEAT = 9       # node <-> scheduler: still alive
    STOP = 10           # scheduler -> server: the job is over, exit 0
    ERROR = 11          # any -> requester: request `id` failed, `message` says why
    FINALIZE = 12       # worker -> scheduler: this worker is done
    DEAD = 13           # scheduler -> node: `node` died, the job is over
    SET_LR = 14         # worker -> server: the server-side optimizer's new learning rate
    GET_STATES = 15     # worker -> server: reply with the optimizer states (uint8 array of Updater bytes)
    SET_STATES = 16     # worker -> server: load these optimizer states (one uint8 array)
    STATS = 17          # worker -> server: reply with each key's [rounds, pushes per worker] (int64 arrays)
    PUSHPULL = 18       # worker -> server: a PUSH of keys, answered as a PULL of them right after it
    SYNC = 19           # worker -> server: reply (confirms this worker's earlier PUSHes)
    PUSH_ROWS = 20      # worker -> server: row_sparse gradients, per key (row indices, rows); as PUSH.
                        # sparse_weights[i]: key i was initialized row_sparse (else its weight is dense)
    PULL_ROWS = 21      # worker -> server: send me these rows (one index array per key) of these keys
    PUSH_THEN_PULL = 22     # worker -> server: a PUSH (id `id`), then a PULL of its keys (id `pull_id`)
    FINISHED = 23       # scheduler -> worker: worker `node` finished its part of the job while this one runs
    FAILED = 24         # worker -> scheduler: I (`node`) could not finish my part of the job, `message` says why;
                        # scheduler -> node: so the job is over


# The header fields each message type needs, beyond v/op/id/arrays. Listed once; decode checks them.
FIELDS = {
    Msg.REGISTER: {"role": str, "host": str, "port": int, "launch_index": int},
    Msg.NODES: {"rank": int, "servers": list, "num_worker": int},
    Msg.INIT: {"keys": list, "sync": bool},
    Msg.PUSH: {"keys": list, "sync": bool},
    Msg.PULL: {"keys": list},
    Msg.REPLY: {},
    Msg.BARRIER: {"group": str},
    Msg.SET_OPTIMIZER: {"optimizer": bytes},
    Msg.HEARTBEAT: {},
    Msg.STOP: {},
    Msg.ERROR: {"message": str},
    Msg.FINALIZE: {},
    Msg.DEAD: {"node": str, "reason": str},
    Msg.SET_LR: {"lr": float},
    Msg.GET_STATES: {"dump_optimizer": bool},
    Msg.SET_STATES: {},
    Msg.STATS: {"keys": list},
    Msg.PUSHPULL: {"keys": list, "sync": bool},
    Msg.SYNC: {},
    Msg.PUSH_ROWS: {"keys": list, "sync": bool, "sparse_weights": list},
    Msg.PULL_ROWS: {"keys": list},
    Msg.PUSH_THEN_PULL: {"keys": list, "sync": bool, "pull_id": int},
    Msg.FINISHED: {"node": str},
    Msg.FAILED: {"node": str, "message": str},
}
# Messages whose arrays go with their keys: how many arrays each key has. Row indices are int64 and
# count from the first row of the key's slice.
KEYED_ARRAYS = {Msg.INIT: 1, Msg.PUSH: 1, Msg.PUSHPULL: 1, Msg.PUSH_ROWS: 2, Msg.PULL_ROWS: 1, Msg.PUSH_THEN_PULL: 1}
# Requests answered only when they fail; a later reply from the same server confirms them
# (of a PUSH_THEN_PULL: its push, which the reply to its pull_id confirms).
UNANSWERED = (Msg.PUSH, Msg.PUSH_ROWS, Msg.PUSH_THEN_PULL)
_FIELD_ITEMS = {op: tuple(fields.items()) for op, fields in FIELDS.items()}
_WITH_KEYS = frozenset(op for op, fields in FIELDS.items() if "keys" in fields)
_OPS = {int(m): m for m in Msg}         # a dict lookup is much cheaper than Msg(value)
_DTYPES = {}                            # dtype string -> numpy dtype, for strings already accepted
BARRIER_GROUPS = ("worker", "server", "all")


class ProtocolError(MXNetError):
    """A message that cannot be decoded: wrong version, unknown type, missing field, bad frames."""

    def __init__(self, message, request_id=None):
        super().__init__(message)
        self.request_id = request_id


_PACKERS = threading.local()             # a Packer per thread: packb builds a new one per call

# The compact header: magic, version, op, flags, dtype code, ndim, part, id, pull_id, key; then ndim uint64 sizes.
_COMPACT_HEAD = struct.Struct("<BBBBBBIQQq")
COMPACT_MAGIC = 0x44                    # b"D": a msgpack positive fixint, never the start of a map
_MAGIC_BYTE = bytes([COMPACT_MAGIC])
_SYNC_FLAG = 1
_NO_ARRAY = 0xFF                        # the dtype code of a message without an array
_SHAPES = [struct.Struct(f"<{n}Q") for n in range(_MAX_DIMS + 1)]
# The dtypes a compact header can name, by code (on the wire: append, never reorder).
_COMPACT_DTYPES = [np.dtype(s) for s in ("<f4", "<f8", "<f2", "|u1", "|i1", "<i2", "<u2", "<i4", "<u4", "<i8",
                                         "<u8", "|b1", "<c8", "<c16")]
_DTYPE_CODES = {dtype: code for code, dtype in enumerate(_COMPACT_DTYPES)}
# Message types with a compact form: (the header fields they carry, how many arrays they may carry).
_COMPACT = {Msg.PUSH: (("keys", "sync"), (1,)), Msg.PULL: (("keys",), (0,)), Msg.PUSHPULL: (("keys", "sync"), (1,)),
            Msg.PUSH_THEN_PULL: (("keys", "sync", "pull_id"), (1,)), Msg.REPLY: ((), (0, 1)), Msg.SYNC: ((), (0,))}
_U64, _I64, _U32 = 1 << 64, 1 << 63, 1 << 32


def encode(op, arrays=(), id=0, **fields):  # noqa: A002 -- `id` is the header's field name
    """The frames of one message: header bytes, then each array (contiguous, not copied if already so)."""
    if op in _COMPACT:
        arrays = [np.ascontiguousarray(a) for a in arrays]
        head = _compact_header(op, arrays, id, fields)
        if head is not None:
            return [head] + [_received_frame(a) for a in arrays]
    head = fields                       # a fresh dict already; the header keeps this field order
    head["v"] = VERSION
    head["op"] = int(op)
    head["id"] = id
    try:
        packer = _PACKERS.packer
    except AttributeError:
        packer = _PACKERS.packer = msgpack.Packer(use_bin_type=True)
    if not arrays:
        head["arrays"] = []
        return [packer.pack(head)]
    arrays = [np.ascontiguousarray(a) for a in arrays]
    head["arrays"] = [[_dtype_str(a.dtype), list(a.shape)] for a in arrays]
    return [packer.pack(head)] + [_received_frame(a) for a in arrays]


_DTYPE_STRS = {}                        # numpy dtype -> its wire string ('<f4'): dtype.str builds a new string


def _compact_header(op, arrays, request_id, fields):
    """The compact header of a message whose fields and array fit one, else None (it goes with msgpack)."""
    names, counts = _COMPACT[op]
    if len(arrays) not in counts or len(fields) != len(names) or type(request_id) is not int \
            or not 0 <= request_id < _U64:
        return None
    key = part = pull_id = flags = 0
    if names:
        keys = fields.get("keys")
        if type(keys) is not list or len(keys) != 1 or type(keys[0]) not in (list, tuple) or len(keys[0]) != 2:
            return None
        key, part = keys[0]
        if type(key) is not int or type(part) is not int or not -_I64 <= key < _I64 or not 0 <= part < _U32:
            return None
        if len(names) > 1:
            sync = fields.get("sync")
            if type(sync) is not bool:
                return None
            flags = _SYNC_FLAG if sync else 0
        if len(names) == 3:             # PUSH_THEN_PULL
            pull_id = fields.get("pull_id")
            if type(pull_id) is not int or not 0 <= pull_id < _U64:
                return None
    elif fields:
        return None
    if not arrays:
        return _COMPACT_HEAD.pack(COMPACT_MAGIC, VERSION, op, flags, _NO_ARRAY, 0, part, request_id, pull_id, key)
    array = arrays[0]
    code = _DTYPE_CODES.get(array.dtype)
    if code is None:
        return None
    shape = array.shape
    return _COMPACT_HEAD.pack(COMPACT_MAGIC, VERSION, op, flags, code, len(shape), part, request_id, pull_id,
                              key) + _SHAPES[len(shape)].pack(*shape)


def _dtype_str(dtype):
    try:
        return _DTYPE_STRS[dtype]
    except KeyError:
        text = _DTYPE_STRS[dtype] = dtype.str
        return text


def _received_frame(array):
    """The received frame the contiguous ``array`` is a whole view of (sent again by reference), else ``array``.

    A new zero-copy frame of a numpy array costs pyzmq a wake-up of its garbage-collector thread
    when ZeroMQ releases it; a received frame is ZeroMQ's own message and costs nothing.
    """
    if array.base is None:              # owns its memory: the common case for a fresh array
        return array
    frame = frame_of(array)
    return array if frame is None else frame


def frame_of(array):
    """The ZeroMQ frame the contiguous ``array`` is a view of from its first to its last byte, else None.

    A contiguous view as long as the whole frame starts at its first byte, so the lengths tell (no address lookups).
    """
    base = array.base
    while isinstance(base, np.ndarray):
        base = base.base
    if isinstance(base, memoryview) and isinstance(base.obj, zmq.Frame) and base.nbytes == len(base.obj):
        base = base.obj                 # a view of the whole frame (np.frombuffer of a memoryview)
    if isinstance(base, zmq.Frame) and array.nbytes == len(base) > 0:
        return base
    return None


def own_frame(array):
    """The ZeroMQ frame whose whole memory ``array`` was made over directly, else None: unlike ``frame_of``, None
    for a view of such an array (its base is that array)."""
    base = array.base
    if type(base) is zmq.Frame and array.nbytes == len(base) > 0:
        return base
    return None


def private_copy(array):
    """A copy of the contiguous ``array`` in a ZeroMQ message buffer, as a numpy view of it.

    encode sends it later by reference (see _received_frame): no second copy, no release hook.
    """
    return np.frombuffer(zmq.Frame(array, copy=True), array.dtype).reshape(array.shape)


def decode(frames):
    """``(Msg, header dict, [arrays])`` of received frames; ProtocolError if anything is wrong."""
    if not frames:
        raise ProtocolError("empty message: no header frame")
    data = frames[0].bytes if type(frames[0]) is zmq.Frame else frames[0]
    if isinstance(data, (bytes, bytearray, memoryview)) and data[:1] == _MAGIC_BYTE:
        return _decode_compact(data, frames[1:])
    try:
        head = msgpack.unpackb(data, raw=False, strict_map_key=False)
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError) as err:
        raise ProtocolError(f"header frame is not msgpack ({type(err).__name__}: {err})") from None
    if not isinstance(head, dict):
        raise ProtocolError(f"header is a {type(head).__name__}, not a map")
    request_id = head.get("id") if isinstance(head.get("id"), int) else None
    if head.get("v") != VERSION:
        raise ProtocolError(f"protocol version {head.get('v')!r} is not {VERSION}; run the same distnet version "
                            "on every node", request_id)
    try:
        op = _OPS.get(head.get("op"))
    except TypeError:                   # unhashable
        op = None
    if op is None:
        raise ProtocolError(f"unknown message type {head.get('op')!r}", request_id)
    _check_fields(op, head, request_id)
    arrays = _arrays(op, head, frames[1:], request_id)
    return op, head, arrays


def _decode_compact(data, frames):
    """decode's ``(Msg, header dict, [arrays])`` of a compact header ``data`` and its array ``frames``."""
    if len(data) < _COMPACT_HEAD.size:
        raise ProtocolError(f"compact header of {len(data)} bytes, shorter than the {_COMPACT_HEAD.size} it starts with")
    _, version, code, flags, dtype_code, ndim, part, request_id, pull_id, key = _COMPACT_HEAD.unpack_from(data)
    if version != VERSION:
        raise ProtocolError(f"protocol version {version!r} is not {VERSION}; run the same distnet version on every "
                            "node", request_id)
    op = _OPS.get(code)
    if op is None:
        raise ProtocolError(f"unknown message type {code!r}", request_id)
    if op not in _COMPACT:
        raise ProtocolError(f"{op.name}: has no compact header; it travels with a msgpack one", request_id)
    names, counts = _COMPACT[op]
    if ndim > _MAX_DIMS or len(data) != _COMPACT_HEAD.size + 8 * ndim:
        raise ProtocolError(f"{op.name}: compact header of {len(data)} bytes for an array of {ndim} dimensions "
                            f"(at most {_MAX_DIMS})", request_id)
    if flags & ~_SYNC_FLAG or flags and "sync" not in names:
        raise ProtocolError(f"{op.name}: compact header flags {flags:#x} are not valid", request_id)
    count = 0 if dtype_code == _NO_ARRAY else 1
    if count != len(frames):
        raise ProtocolError(f"{op.name}: header lists {count} arrays but {len(frames)} array frames arrived",
                            request_id)
    if count not in counts:
        raise ProtocolError(f"{op.name}: {len(names) and 1} keys but {count} arrays (it carries {counts[0]} per key)",
                            request_id)
    head = {"v": VERSION, "op": code, "id": request_id}
    if names:
        head["keys"] = [(key, part)]
        if len(names) > 1:
            head["sync"] = flags == _SYNC_FLAG
        if len(names) == 3:
            head["pull_id"] = pull_id
    if not count:
        if ndim:
            raise ProtocolError(f"{op.name}: compact header gives {ndim} dimensions but no array", request_id)
        return op, head, []
    if dtype_code >= len(_COMPACT_DTYPES):
        raise ProtocolError(f"{op.name}: array 0 has dtype code {dtype_code}, not [numeric dtype, shape]", request_id)
    dtype, shape = _COMPACT_DTYPES[dtype_code], _SHAPES[ndim].unpack_from(data, _COMPACT_HEAD.size)
    frame = frames[0]
    size = len(frame) if type(frame) is zmq.Frame or type(frame) is bytes else memoryview(frame).nbytes
    need = dtype.itemsize * math.prod(shape)
    if size != need:
        raise ProtocolError(f"{op.name}: array 0 ({dtype}, shape {shape}) needs {need} bytes, its frame has {size}",
                            request_id)
    array = np.frombuffer(frame, dtype=dtype)
    return op, head, [array if ndim == 1 else array.reshape(shape)]


def wire_key(key, part=0):
    """A key as it travels: [key, part]."""
    return [key, part]


def _check_fields(op, head, request_id):
    if request_id is None:
        raise ProtocolError(f"{op.name}: header field 'id' is missing or not an integer")
    for name, kind in _FIELD_ITEMS[op]:
        value = head.get(name)
        if type(value) is kind:         # the common case, decided without the checks below
            continue
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            head[name] = value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise ProtocolError(f"{op.name}: header field {name!r} is {value!r}, expected a {kind.__name__}",
                                request_id)
    if op in _WITH_KEYS:
        head["keys"] = [(k[0], k[1]) if type(k) is list and len(k) == 2 and type(k[1]) is int and k[1] >= 0
                        and (type(k[0]) is int or type(k[0]) is str) else _key(k, op, request_id)
                        for k in head["keys"]]
    if op is Msg.BARRIER and head["group"] not in BARRIER_GROUPS:
        raise ProtocolError(f"BARRIER: group {head['group']!r} is not one of {BARRIER_GROUPS}", request_id)


def _key(k, op, request_id):
    if (isinstance(k, list) and len(k) == 2 and isinstance(k[0], (int, str)) and isinstance(k[1], int)
            and not isinstance(k[0], bool) and k[1] >= 0):
        return (k[0], k[1])
    raise ProtocolError(f"{op.name}: key {k!r} is not [key, part]", request_id)


def _arrays(op, head, frames, request_id):
    specs = head.get("arrays")
    if not isinstance(specs, list) or len(specs) != len(frames):
        raise ProtocolError(f"{op.name}: header lists {_short(specs)} arrays but {len(frames)} array frames arrived",
                            request_id)
    if op in KEYED_ARRAYS and len(specs) != KEYED_ARRAYS[op] * len(head["keys"]):
        raise ProtocolError(f"{op.name}: {len(head['keys'])} keys but {len(specs)} arrays (it carries "
                            f"{KEYED_ARRAYS[op]} per key)", request_id)
    if len(specs) == 1:                 # the common case (one array, one dimension) decided in one test
        spec, frame = specs[0], frames[0]
        if type(spec) is list and len(spec) == 2 and type(spec[0]) is str and type(spec[1]) is list \
                and len(spec[1]) == 1 and type(spec[1][0]) is int and spec[1][0] >= 0 \
                and (type(frame) is zmq.Frame or type(frame) is bytes):
            dtype = _DTYPES.get(spec[0])
            if dtype is not None and len(frame) == dtype.itemsize * spec[1][0]:
                return [np.frombuffer(frame, dtype=dtype)]
    checked = []
    for i, (spec, frame) in enumerate(zip(specs, frames)):
        dtype, shape = _spec(spec, op, i, request_id)
        if type(frame) is zmq.Frame or type(frame) is bytes:
            size = len(frame)                   # their length is in bytes: no memoryview needed
        else:
            frame = memoryview(frame)
            size = frame.nbytes
        # Exact integer arithmetic: a declared size never wraps around, and nothing is allocated for it.
        need = dtype.itemsize * math.prod(shape)
        if size != need:
            raise ProtocolError(f"{op.name}: array {i} ({dtype}, shape {shape}) needs {need} bytes, its frame has "
                                f"{size}", request_id)
        checked.append((frame, dtype, shape))
    return [np.frombuffer(frame, dtype=dtype) if len(shape) == 1 else np.frombuffer(frame, dtype=dtype).reshape(shape)
            for frame, dtype, shape in checked]


def _spec(spec, op, i, request_id):
    """(dtype, shape) of one [dtype string, shape] entry; ProtocolError unless a plain numeric array."""
    if type(spec) is list and len(spec) == 2 and type(spec[0]) is str and spec[0] in _DTYPES \
            and type(spec[1]) is list and len(spec[1]) <= _MAX_DIMS:      # the common case: a dtype seen before
        shape = spec[1]
        if len(shape) == 1 and type(shape[0]) is int and shape[0] >= 0 \
                or all(type(n) is int and n >= 0 for n in shape):
            return _DTYPES[spec[0]], tuple(shape)
    ok = (isinstance(spec, list) and len(spec) == 2 and isinstance(spec[0], str) and _DTYPE.fullmatch(spec[0])
          and isinstance(spec[1], list) and all(type(n) is int and n >= 0 for n in spec[1]))
    try:
        dtype = np.dtype(spec[0]) if ok else None
    except TypeError:                   # a well-formed but unknown size, e.g. '<f3'
        ok = False
    if not ok or dtype.kind not in _ARRAY_KINDS:
        raise ProtocolError(f"{op.name}: array {i} has spec {_short(spec)}, not [numeric dtype, shape]", request_id)
    if len(spec[1]) > _MAX_DIMS:
        raise ProtocolError(f"{op.name}: array {i} has {len(spec[1])} dimensions, more than {_MAX_DIMS}", request_id)
    _DTYPES[spec[0]] = dtype            # at most a few hundred strings match _DTYPE
    return dtype, tuple(spec[1])


def _short(value):
    """A repr of header data for messages, cut short (headers come from anyone who can connect)."""
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "..."


def send(sock, op, arrays=(), id=0, **fields):  # noqa: A002
    """Send one message on ``sock`` (arrays zero-copy)."""
    send_frames(sock, encode(op, arrays, id=id, **fields))


def send_to(sock, identity, op, arrays=(), id=0, **fields):  # noqa: A002
    """Send one message through a ROUTER ``sock`` to the peer ``identity``."""
    send_frames(sock, [identity] + encode(op, arrays, id=id, **fields))


_SNDMORE = int(zmq.SNDMORE)
# pyzmq's compiled send: the Python-level zmq.Socket.send in front of it only handles routing_id and group,
# which distnet never uses, and costs a Python call per frame.
_send = zmq.backend.Socket.send


def send_frames(sock, frames):
    """``sock.send_multipart(frames, copy=False)`` with plain-int flags (pyzmq's IntFlag arithmetic is slow)."""
    for frame in frames[:-1]:
        _send(sock, frame, _SNDMORE, False)
    _send(sock, frames[-1], 0, False)


def recv_frames(sock, flags=0):
    """``sock.recv_multipart(flags, copy=False)`` without pyzmq's per-frame IntFlag conversions."""
    frames = [sock.recv(flags, copy=False)]
    while frames[-1].more:
        frames.append(sock.recv(flags, copy=False))
    return frames


def register(sock, cfg, role, port):
    """Rendezvous: REGISTER with the scheduler on ``sock`` (a connected DEALER), return the NODES header.

    The scheduler acknowledges at once (else: unreachable after the connect timeout), and sends the
    node table once every node has registered (else: its start-up deadline error arrives).
    """
    import zmq
    send(sock, Msg.REGISTER, role=role, host=cfg.node_host, port=port, launch_index=cfg.launch_index)
    waits = ((cfg.connect_timeout, "acknowledged the registration"),
             (cfg.startup_timeout + cfg.connect_timeout, "sent the node table"))
    for timeout, what in waits:
        if not sock.poll(timeout * 1000, zmq.POLLIN):
            raise MXNetError(f"{role} at {cfg.node_host}: the scheduler at {cfg.root_address} "
                             f"({cfg.root_uri}:{cfg.root_port}, from DMLC_PS_ROOT_URI/DMLC_PS_ROOT_PORT) never "
                             f"{what} within {timeout:g} s; is the scheduler running and reachable?")
        op, head, _ = decode(sock.recv_multipart())
        if op in (Msg.ERROR, Msg.DEAD):
            raise MXNetError(f"{role} at {cfg.node_host}: the scheduler refused to start the job: "
                             f"{head.get('message') or head.get('reason')}")
        if op is Msg.NODES:
            return head
    raise MXNetError(f"{role}: the scheduler at {cfg.root_address} sent {op.name} instead of the node table")
