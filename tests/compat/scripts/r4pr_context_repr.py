"""Context reprs: MXNet formats the id as an integer (a float id truncates, a text id fails when shown)."""
import copy
import pickle

import mxnet as mx


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:       # noqa: BLE001 -- the error class is part of the behaviour
        print(label, "-> error", type(e).__name__)


show("cpu(1.5)", lambda: mx.cpu(1.5))
show("gpu(2.9)", lambda: mx.gpu(2.9))
show("cpu('a')", lambda: mx.cpu("a"))
show("Context('cpu', '1')", lambda: mx.Context("cpu", "1"))
show("Context('cpu', '1') made", lambda: type(mx.Context("cpu", "1")).__name__)
show("Context('cpu', '1').device_id", lambda: mx.Context("cpu", "1").device_id)
show("Context('cpu_pinned', 1)", lambda: mx.Context("cpu_pinned", 1))
show("Context('cpu_shared', 2)", lambda: str(mx.Context("cpu_shared", 2)))
show("Context(gpu(3))", lambda: mx.Context(mx.gpu(3)))
show("Context('CPU')", lambda: mx.Context("CPU", 0))
show("copy", lambda: copy.copy(mx.cpu(2)))
show("deepcopy", lambda: copy.deepcopy(mx.gpu(1)))
show("pickle", lambda: pickle.loads(pickle.dumps(mx.cpu_pinned(3))))
show("eq None", lambda: mx.cpu() == None)     # noqa: E711
show("sorted set", lambda: sorted({mx.cpu(1), mx.cpu(1), mx.cpu(0)}, key=str))
with mx.cpu(3):
    show("with cpu(3)", mx.current_context)
    with mx.Context("cpu_pinned", 1):
        show("nested", mx.current_context)
        show("array made", lambda: mx.nd.ones((1,)).context)
    show("after nested", mx.current_context)
show("outside", mx.current_context)
