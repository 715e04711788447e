"""The wire format: every message type round-trips; anything malformed is a ProtocolError, never a crash."""
import msgpack
import numpy as np
import pytest
import zmq

from distnet.ps import protocol
from distnet.ps.protocol import FIELDS, Msg, ProtocolError, decode, encode
from distnet.base import message_of

# One valid example of each message type's fields; a new Msg without an example fails test_every_kind_has_a_schema.
EXAMPLES = {
    Msg.REGISTER: dict(role="server", host="127.0.0.1", port=9001, launch_index=-1),
    Msg.NODES: dict(rank=1, servers=[["127.0.0.1", 9001]], num_worker=2),
    Msg.INIT: dict(keys=[[3, 0]], sync=True),
    Msg.PUSH: dict(keys=[[3, 0], ["w", 1]], sync=False),
    Msg.PULL: dict(keys=[[3, 0]]),
    Msg.REPLY: {},
    Msg.BARRIER: dict(group="worker"),
    Msg.SET_OPTIMIZER: dict(optimizer=b"\x93\xa3sgd"),
    Msg.HEARTBEAT: {},
    Msg.STOP: {},
    Msg.ERROR: dict(message="bad"),
    Msg.FINALIZE: {},
    Msg.DEAD: dict(node="worker 1", reason="silent"),
    Msg.SET_LR: dict(lr=0.5),
    Msg.GET_STATES: dict(dump_optimizer=True),
    Msg.SET_STATES: {},
    Msg.STATS: dict(keys=[[3, 0]]),
    Msg.PUSHPULL: dict(keys=[[3, 0]], sync=True),
    Msg.SYNC: {},
    Msg.PUSH_ROWS: dict(keys=[[3, 0]], sync=True, sparse_weights=[True]),
    Msg.PULL_ROWS: dict(keys=[[3, 0], [4, 1]]),
    Msg.PUSH_THEN_PULL: dict(keys=[[3, 0]], sync=False, pull_id=42),
    Msg.FINISHED: dict(node="worker 1"),
    Msg.FAILED: dict(node="worker 1", message="kvstore push of key 3 failed on server 0"),
}
ARRAYS = {Msg.INIT: 1, Msg.PUSH: 2, Msg.PUSHPULL: 1, Msg.PUSH_ROWS: 2, Msg.PULL_ROWS: 2, Msg.PUSH_THEN_PULL: 1}


def test_every_kind_has_a_schema_and_an_example():
    assert set(FIELDS) == set(Msg) == set(EXAMPLES)


@pytest.mark.parametrize("kind", list(Msg), ids=lambda k: k.name)
def test_round_trip(kind):
    arrays = [np.arange(6, dtype=np.float32).reshape(2, 3) + i for i in range(ARRAYS.get(kind, 0))]
    frames = encode(kind, arrays, id=41, **EXAMPLES[kind])
    assert isinstance(frames[0], bytes) and len(frames) == 1 + len(arrays)
    got, head, out = decode([bytes(f) if i == 0 else memoryview(f) for i, f in enumerate(frames)])
    assert got is kind and head["id"] == 41 and head["v"] == protocol.VERSION
    for name in FIELDS[kind]:
        expect = EXAMPLES[kind][name]
        expect = [tuple(k) for k in expect] if name == "keys" else expect
        assert head[name] == expect
    assert len(out) == len(arrays)
    for a, b in zip(arrays, out):
        assert b.dtype == a.dtype and np.array_equal(a, b)


def test_arrays_are_not_copied_on_decode():
    data = np.arange(1000, dtype=np.float64)
    frames = encode(Msg.REPLY, [data], id=1)
    assert frames[1] is data                     # contiguous input: sent as is
    _, _, (out,) = decode(frames)
    assert np.shares_memory(out, data)


def test_non_contiguous_arrays_travel_as_their_values():
    data = np.arange(12, dtype=np.int32).reshape(3, 4)[:, ::2]
    _, _, (out,) = decode(encode(Msg.REPLY, [data], id=1))
    assert np.array_equal(out, data)


def test_a_whole_received_array_is_sent_again_as_its_frame_and_a_part_of_it_as_its_values():
    frame = zmq.Frame(np.arange(8, dtype=np.float32).tobytes())
    head = msgpack.packb(dict(v=protocol.VERSION, op=int(Msg.REPLY), id=1, arrays=[["<f4", [2, 4]]]))
    _, _, (whole,) = decode([head, frame])
    assert encode(Msg.REPLY, [whole], id=2)[1] is frame
    assert encode(Msg.REPLY, [np.frombuffer(memoryview(frame), np.float32)], id=2)[1] is frame
    for part in (whole[1], whole.reshape(-1)[1:], whole.reshape(-1)[:-1],
                 np.frombuffer(memoryview(frame)[4:], np.float32)):
        sent = encode(Msg.REPLY, [part], id=3)[1]
        assert sent is not frame and np.array_equal(sent, part)


def packed(**head):
    return msgpack.packb(head, use_bin_type=True)


PUSH_HEAD = dict(v=protocol.VERSION, op=int(Msg.PUSH), id=5, keys=[[1, 0]], sync=True, arrays=[["<f4", [2]]])
MALFORMED = {
    "empty message": [],
    "not msgpack": [b"\xc1"],
    "not a map": [msgpack.packb([1, 2])],
    f"protocol version {protocol.VERSION + 1}": [packed(**dict(PUSH_HEAD, v=protocol.VERSION + 1))],
    "protocol version 1 is not": [packed(**dict(PUSH_HEAD, v=1))],       # a node of the last version
    "unknown message type 99": [packed(**dict(PUSH_HEAD, op=99))],
    "'id' is missing": [packed(**{k: v for k, v in PUSH_HEAD.items() if k != "id"}), b"\0" * 8],
    "field 'sync'": [packed(**dict(PUSH_HEAD, sync=1)), b"\0" * 8],
    "is not [key, part]": [packed(**dict(PUSH_HEAD, keys=[[1, -1]])), b"\0" * 8],
    "1 array frames": [packed(**dict(PUSH_HEAD, arrays=[])), b"\0" * 8],
    "needs 8 bytes": [packed(**PUSH_HEAD), b"\0" * 7],
    "not [numeric dtype, shape]": [packed(**dict(PUSH_HEAD, arrays=[["|O", [1]]])), b"\0" * 8],
    "1 keys but 2 arrays": [packed(**dict(PUSH_HEAD, arrays=[["<f4", [1]], ["<f4", [1]]])), b"\0" * 4, b"\0" * 4],
    "group 'everyone'": [packed(v=protocol.VERSION, op=int(Msg.BARRIER), id=3, group="everyone", arrays=[])],
}


@pytest.mark.parametrize("needle", list(MALFORMED))
def test_malformed_message_is_a_protocol_error_naming_the_problem(needle):
    with pytest.raises(ProtocolError, match=None) as info:
        decode(MALFORMED[needle])
    assert needle in message_of(info.value)


def test_protocol_error_keeps_the_request_id_when_readable():
    with pytest.raises(ProtocolError) as info:
        decode([packed(**PUSH_HEAD), b"\0"])
    assert info.value.request_id == 5


def compact(op, arrays=(), **fields):
    return encode(op, arrays, **fields)


@pytest.mark.parametrize("op, arrays, fields", [
    (Msg.PUSH, [np.ones((2, 3), np.float32)], dict(keys=[[3, 1]], sync=True)),
    (Msg.PULL, [], dict(keys=[[-7, 0]])),
    (Msg.PUSHPULL, [np.ones(4, np.float16)], dict(keys=[[2 ** 62, 0]], sync=False)),
    (Msg.PUSH_THEN_PULL, [np.arange(3, dtype=np.int64)], dict(keys=[[3, 2]], sync=True, pull_id=2 ** 63)),
    (Msg.REPLY, [np.zeros((1, 1, 1), np.float64)], {}),
    (Msg.REPLY, [np.zeros((0, 5), np.uint8)], {}),
    (Msg.REPLY, [], {}),
    (Msg.SYNC, [], {}),
], ids=lambda v: getattr(v, "name", ""))
def test_one_key_data_messages_travel_with_a_compact_header_read_as_the_msgpack_one(op, arrays, fields):
    frames = encode(op, arrays, id=9, **fields)
    assert frames[0][:1] == b"D" and len(frames[0]) == 34 + 8 * (arrays[0].ndim if arrays else 0)
    got, head, out = decode([zmq.Frame(frames[0])] + [zmq.Frame(np.asarray(f)) for f in frames[1:]])
    assert got is op and head["id"] == 9 and head["v"] == protocol.VERSION
    assert {k: v for k, v in head.items() if k not in ("v", "op", "id")} == \
        {k: [tuple(x) for x in v] if k == "keys" else v for k, v in fields.items()}
    assert [(a.dtype, a.shape) for a in out] == [(a.dtype, a.shape) for a in arrays]
    assert all(np.array_equal(a, b) for a, b in zip(arrays, out))


@pytest.mark.parametrize("op, arrays, fields", [
    (Msg.PUSH, [np.ones(2, np.float32)], dict(keys=[["w", 0]], sync=True)),           # a str key
    (Msg.PUSH, [np.ones(2, np.float32)] * 2, dict(keys=[[1, 0], [2, 0]], sync=True)),  # two keys
    (Msg.PUSH, [np.ones(2, ">f4")], dict(keys=[[1, 0]], sync=True)),                  # not little-endian
    (Msg.PULL, [], dict(keys=[[2 ** 63, 0]])),                                         # beyond int64
    (Msg.PULL, [], dict(keys=[[True, 0]])),
    (Msg.REPLY, [np.ones(1), np.ones(1)], {}),
    (Msg.INIT, [np.ones(2, np.float32)], dict(keys=[[1, 0]], sync=True)),
], ids=str)
def test_other_messages_keep_the_msgpack_header(op, arrays, fields):
    frames = encode(op, arrays, id=9, **fields)
    assert msgpack.unpackb(frames[0], raw=False)["op"] == op


COMPACT_PUSH = encode(Msg.PUSH, [np.ones(2, np.float32)], id=5, keys=[[1, 0]], sync=True)


def patched(offset, value, length=None):
    head = bytearray(COMPACT_PUSH[0])
    head[offset] = value
    return bytes(head[:length])


MALFORMED_COMPACT = {
    "shorter than the 34": [COMPACT_PUSH[0][:20], b"\0" * 8],
    f"protocol version {protocol.VERSION + 1}": [patched(1, protocol.VERSION + 1), b"\0" * 8],
    "unknown message type 99": [patched(2, 99), b"\0" * 8],
    "INIT: has no compact header": [patched(2, int(Msg.INIT)), b"\0" * 8],
    "flags 0x3 are not valid": [patched(3, 3), b"\0" * 8],
    "header lists 1 arrays but 0 array frames": [COMPACT_PUSH[0]],
    "1 keys but 0 arrays": [patched(5, 0, 34)[:4] + b"\xff" + patched(5, 0, 34)[5:]],
    "dtype code 200": [patched(4, 200), b"\0" * 8],
    "needs 8 bytes, its frame has 7": [COMPACT_PUSH[0], b"\0" * 7],
    "an array of 2 dimensions": [patched(5, 2), b"\0" * 8],
    "an array of 40 dimensions": [patched(5, 40), b"\0" * 8],
}


@pytest.mark.parametrize("needle", list(MALFORMED_COMPACT))
def test_a_malformed_compact_header_is_a_protocol_error_naming_the_problem(needle):
    with pytest.raises(ProtocolError) as info:
        decode(MALFORMED_COMPACT[needle])
    assert needle in message_of(info.value)
    assert info.value.request_id == (None if needle.startswith("shorter") else 5)
