"""A Trainer with row_sparse weights refuses, in MXNet's order and words, a store that cannot run the optimizer (by
name) and a store object that is no KVStore (a registered KVStoreBase class), before update_on_kvstore=False."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e).splitlines()[0]))


@mx.kv.KVStoreBase.register
class UpdatingStore(mx.kv.KVStoreBase):
    """A store that says it can run an optimizer."""

    @staticmethod
    def is_capable(capability):
        return True

    def set_optimizer(self, optimizer):
        print("  set_optimizer", type(optimizer).__name__)

    type = property(lambda self: "updatingstore")


class Rows(gluon.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.w = self.params.get("w", shape=(6, 2), stype="row_sparse", grad_stype="row_sparse",
                                 init=mx.init.Constant(0.5))


def first_rows(store, update_on_kvstore, devices):
    net = Rows()
    net.initialize(ctx=[mx.cpu(i) for i in range(devices)])
    kwargs = {} if update_on_kvstore is None else {"update_on_kvstore": update_on_kvstore}
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1}, kvstore=store, **kwargs)
    rows = net.w.row_sparse_data(mx.nd.array([1, 4]))
    return rows.indices.asnumpy().tolist(), rows.data.asnumpy().tolist(), trainer._update_on_kvstore


for devices in (1, 2):
    for update in (None, True, False):
        for label, store in [("'teststore'", lambda: "teststore"), ("UpdatingStore()", UpdatingStore),
                             ("'updatingstore'", lambda: "updatingstore"),
                             ("'local'", lambda: "local"), ("kv.create('device')", lambda: mx.kv.create("device"))]:
            attempt(f"{devices} device(s), kvstore={label}, update_on_kvstore={update}",
                    lambda: first_rows(store(), update, devices))

attempt("mx.model._create_sparse_kvstore('teststore')", lambda: mx.model._create_sparse_kvstore("teststore"))
attempt("mx.model._create_sparse_kvstore(UpdatingStore())", lambda: mx.model._create_sparse_kvstore(UpdatingStore()))
attempt("mx.model._create_sparse_kvstore(3)", lambda: mx.model._create_sparse_kvstore(3))
attempt("mx.model._create_sparse_kvstore('device')",
        lambda: [getattr(x, "type", x) for x in mx.model._create_sparse_kvstore("device")])
