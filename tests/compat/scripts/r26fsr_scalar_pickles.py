"""pickle, copy.copy and copy.deepcopy of NDArrays: a legacy 0-d array comes back without storage (its shape reads
as (), its dtype as None, and every use of its data or context fails); other arrays come back whole."""
# recorded on AVX2
import copy
import os
import pickle
import shutil
import tempfile

import mxnet as mx
from mxnet import nd
from _words import words


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!", words(e))


arrays = {"0-d float32": nd.array(5), "0-d int64": nd.array(7, dtype="int64"), "0-d bool": nd.array(1, dtype="bool"),
          "(1,)": nd.array([5]), "(2, 2) float16": nd.array([[1, 2], [3, 4]], dtype="float16"),
          "empty": nd.array([]), "csr": nd.array([[0, 1], [2, 0]]).tostype("csr")}
for name, a in arrays.items():
    for how, make in [("pickle", lambda a: pickle.loads(pickle.dumps(a))), ("copy", copy.copy),
                      ("deepcopy", copy.deepcopy)]:
        b = make(a)
        label = "%s %s" % (how, name)
        show(label + " type", lambda: (type(b).__name__, b.shape, b.dtype, b.stype, b.size, b.ndim))
        for what, use in [("asnumpy", lambda b: b.asnumpy().tolist()), ("repr", repr), ("context", lambda b: b.context),
                          ("plus one", lambda b: (b + 1).asnumpy().tolist()), ("len", len), ("first", lambda b: b[0]),
                          ("copy", lambda b: b.copy().asnumpy().tolist()), ("astype", lambda b: b.astype("int32")),
                          ("reshape", lambda b: b.reshape((1,))), ("pickle again", lambda b: len(pickle.dumps(b)))]:
            show("%s %s" % (label, what), lambda: use(b))
b = copy.copy(nd.array(2.5))
show("wait_to_read", b.wait_to_read)
folder = tempfile.mkdtemp()
show("save it", lambda: nd.save(os.path.join(folder, "a.nd"), [b]))
shutil.rmtree(folder)
show("assign into it", lambda: b.__setitem__(slice(None), 1))
mx.npx.set_np()
show("np 0-d pickles whole", lambda: pickle.loads(pickle.dumps(mx.np.array(2.5))))
