"""A PUSH_THEN_PULL is handled as the PUSH and the PULL it carries: each answered (or failed) under its own id."""
import types

import numpy as np
import pytest
import zmq

from distnet.ps import protocol
from distnet.ps.protocol import Msg
from distnet.server.server import Server


@pytest.fixture
def server():
    """A one-worker sync server fed through an inproc socket pair; yields (server, worker socket)."""
    ctx = zmq.Context()
    router, dealer = ctx.socket(zmq.ROUTER), ctx.socket(zmq.DEALER)
    router.bind("inproc://ps")
    dealer.setsockopt(zmq.IDENTITY, b"worker 0")
    dealer.connect("inproc://ps")
    yield Server(types.SimpleNamespace(num_worker=1), router, None, 0), dealer
    for sock in (router, dealer):
        sock.close(linger=0)
    ctx.term()


def exchange(server, dealer, op, arrays=(), **fields):
    """Send one message to the server, let it handle it, return the replies [(Msg, header, arrays)]."""
    protocol.send(dealer, op, arrays, **fields)
    assert server.router.poll(5000)
    server.from_worker(protocol.recv_frames(server.router))
    replies = []
    while dealer.poll(0):
        replies.append(protocol.decode(protocol.recv_frames(dealer)))
    return replies


def test_the_pull_answers_with_the_pushed_round(server):
    server, dealer = server
    exchange(server, dealer, Msg.INIT, [np.zeros(3, np.float32)], id=1, keys=[[7, 0]], sync=True)
    [(op, head, arrays)] = exchange(server, dealer, Msg.PUSH_THEN_PULL, [np.arange(3, dtype=np.float32)], id=2,
                                    pull_id=3, keys=[[7, 0]], sync=True)
    assert op is Msg.REPLY and head["id"] == 3              # the push itself, as a PUSH, gets no reply
    np.testing.assert_array_equal(arrays[0], [0, 1, 2])


def test_a_failed_push_is_its_own_error_and_the_pull_is_still_answered(server):
    server, dealer = server
    exchange(server, dealer, Msg.INIT, [np.ones(3, np.float32)], id=1, keys=[[7, 0]], sync=True)
    replies = exchange(server, dealer, Msg.PUSH_THEN_PULL, [np.zeros(5, np.float32)], id=2, pull_id=3,
                       keys=[[7, 0]], sync=True)
    assert [(op, head["id"]) for op, head, _ in replies] == [(Msg.ERROR, 2), (Msg.REPLY, 3)]
    assert "key 7" in replies[0][1]["message"] and "(5,)" in replies[0][1]["message"]
    np.testing.assert_array_equal(replies[1][2][0], [1, 1, 1])     # the key kept its value
