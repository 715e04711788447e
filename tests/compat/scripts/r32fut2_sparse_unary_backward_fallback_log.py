"""Gradients of reciprocal, erf, erfinv, softsign, rcbrt, hard_sigmoid and smooth_l1 on row_sparse and csr inputs into sparse and dense gradient buffers: values, storage types, and the storage fallback lines MXNet logs for their backward ops."""
# recorded on AVX2
import os
import re
import sys
import tempfile

import numpy as np
import mxnet as mx

log_path = os.path.join(tempfile.mkdtemp(), "stderr.txt")
saved = os.dup(2)
log = os.open(log_path, os.O_WRONLY | os.O_CREAT)
sys.stderr.flush()
os.dup2(log, 2)
rsp = mx.nd.sparse.row_sparse_array((np.array([[0.3, -0.4, 0.1], [0.6, 0.2, -0.7]], dtype="float32"), [1, 3]),
                                    shape=(5, 3))
csr = rsp.tostype("default").tostype("csr")
for op in ["reciprocal", "erf", "erfinv", "softsign", "rcbrt", "hard_sigmoid", "smooth_l1"]:
    for x in [rsp, csr]:
        for buffer in [x.stype, "default"]:
            xx = x.copy()
            xx.attach_grad(stype=buffer)
            with mx.autograd.record():
                y = getattr(mx.nd, op)(xx)
            y.backward()
            print(op, x.stype, "into", buffer, "->", y.stype, xx.grad.stype,
                  np.round(xx.grad.asnumpy(), 4).tolist(), flush=True)
            sys.stderr.flush()
            print("log lines so far:", sum(1 for _ in open(log_path)), flush=True)
sys.stderr.flush()
os.dup2(saved, 2)
os.close(log)
with open(log_path) as f:
    for line in f:
        print("log:", re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line.rstrip()))
