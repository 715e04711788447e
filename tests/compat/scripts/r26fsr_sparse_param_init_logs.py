"""Initializing csr and row_sparse Parameters with every initializer: the values, and the storage fallback MXNet
logs (once per distinct message) when a sampler writes a csr array."""
# recorded on AVX2
import os
import re
import sys
import tempfile

import mxnet as mx
from mxnet import gluon
from _words import words

log_path = os.path.join(tempfile.mkdtemp(), "stderr.txt")
saved = os.dup(2)
log = os.open(log_path, os.O_WRONLY | os.O_CREAT)
sys.stderr.flush()
os.dup2(log, 2)
inits = [None, "zeros", "ones", "normal", "xavier", mx.init.Constant(2), mx.init.Uniform(1), mx.init.Normal(3)]
for stype in ["csr", "row_sparse"]:
    for init in inits:
        label = "%s %s" % (stype, init if init is None or isinstance(init, str) else type(init).__name__)
        p = gluon.Parameter("w", shape=(2, 3), stype=stype, init=init)
        try:
            p.initialize()
            print(label, "->", p.data().stype, p.data().shape, (p.data().asnumpy() != 0).sum(), flush=True)
        except Exception as e:
            print(label, "!", words(e), flush=True)
        sys.stderr.flush()
        print("log lines so far:", sum(1 for _ in open(log_path)), flush=True)
sys.stderr.flush()
os.dup2(saved, 2)
os.close(log)
with open(log_path) as f:
    for line in f:
        print("log:", re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line.rstrip()))
