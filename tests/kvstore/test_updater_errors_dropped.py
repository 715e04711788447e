"""A Python updater that raises inside a local kvstore's push (MXNet 1.9.1 calls it back from C): the error is
reported as an ignored ctypes-callback exception and dropped; the push returns and whatever the updater wrote
before raising stays."""
import sys

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd


@pytest.fixture
def reported(monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda args: seen.append((args.err_msg, args.exc_value)))
    return seen


def test_updater_error_is_reported_and_dropped(reported):
    kv = mx.kv.create("local")
    kv.init(0, nd.zeros(2))

    def failing(key, grad, weight):
        raise mx.base.MXNetError("bad")

    kv._set_updater(failing)
    kv.push(0, nd.ones(2))
    out = nd.zeros(2)
    kv.pull(0, out=out)
    assert out.asnumpy().tolist() == [0, 0]

    def half_done(key, grad, weight):
        weight[:] += grad
        raise KeyError("x")

    kv._set_updater(half_done)
    kv.push(0, nd.ones(2))
    kv.pull(0, out=out)
    assert out.asnumpy().tolist() == [1, 1]
    assert [(msg, type(e).__name__, str(e)) for msg, e in reported] == [
        ("Exception ignored on calling ctypes callback function", "MXNetError", "bad"),
        ("Exception ignored on calling ctypes callback function", "KeyError", "'x'")]


def test_trainer_updating_on_the_store_keeps_weights_the_optimizer_fails_on(reported):
    # DCASGD tests its momentum array's truth value: on the store (two devices) the update is dropped
    ctxs = [mx.cpu(0), mx.cpu(1)]
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize(mx.init.One(), ctx=ctxs)
    trainer = gluon.Trainer(net.collect_params(), "dcasgd", {"learning_rate": 0.1, "momentum": 0.5})
    xs = gluon.utils.split_and_load(nd.ones((4, 3)), ctxs)
    with autograd.record():
        losses = [net(x).sum() for x in xs]
    for loss in losses:
        loss.backward()
    trainer.step(4)
    assert all((w.asnumpy() == 1).all() for w in net.weight.list_data())
    assert {type(e).__name__ for _, e in reported} == {"ValueError"} and len(reported) == 2
    one = gluon.nn.Dense(2, in_units=3)         # one device: the Trainer updates itself and the error is raised
    one.initialize(mx.init.One())
    with autograd.record():
        loss = one(nd.ones((1, 3))).sum()
    loss.backward()
    with pytest.raises(ValueError, match="truth value of an NDArray"):
        gluon.Trainer(one.collect_params(), "dcasgd", {"learning_rate": 0.1, "momentum": 0.5}).step(1)
    assert np.array_equal(one.weight.data().asnumpy(), np.ones((2, 3)))


def test_updater_error_names_mxnets_callback_and_its_frames(monkeypatch):
    # MXNet prints "<function _updater_wrapper.<locals>.updater_handle at 0x...>", then the frames of the callback
    # calling the updater and of the updater: none of the store's own
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda args: seen.append(args))
    kv = mx.kv.create("device")
    kv.init("w", nd.zeros(2))

    def failing(key, grad, weight):
        raise ValueError("bad")

    kv._set_updater(failing)
    kv.push("w", nd.ones(2))
    (args,) = seen
    assert args.object.__qualname__ == "_updater_wrapper.<locals>.updater_handle"
    frames = []
    tb = args.exc_traceback
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename == __file__))
        tb = tb.tb_next
    assert frames == [("updater_handle", False), ("failing", True)]
