"""The storage fallbacks MXNet logs when optimizers update a row_sparse weight: fused update operators with a dense
gradient, rules run as NDArray arithmetic (a dense step meeting the sparse weight, the copy back into it), and the
cast of a float16 weight's float32 master copy."""
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
seen = 0


def new_log_lines():
    """The lines logged since the last call, without their time stamps."""
    global seen
    sys.stderr.flush()
    with open(log_path) as f:
        lines = [re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line.rstrip()) for line in f]
    fresh, seen = lines[seen:], len(lines)
    return [line for line in fresh if line and not line.startswith(("The operator with", "A temporary ndarray"))]


def run(name, multi_precision, dense_grad, **kwargs):
    opt = mx.optimizer.create(name, multi_precision=multi_precision, wd=0.01, **kwargs)
    dtype = "float16" if multi_precision else "float32"
    weight = mx.nd.array(np.linspace(-1, 1, 12).reshape(4, 3), dtype=dtype).tostype("row_sparse")
    state = opt.create_state_multi_precision(0, weight)
    for _ in range(2):
        grad = mx.nd.sparse.row_sparse_array((np.linspace(0.5, -0.5, 6).reshape(2, 3), [0, 2]), shape=(4, 3),
                                             dtype=dtype)
        opt.update_multi_precision(0, weight, grad.tostype("default") if dense_grad else grad, state)
    print(name, kwargs, multi_precision, dense_grad, weight.stype, weight.asnumpy().astype("float64").round(5).tolist())
    for line in new_log_lines():
        print("  log:", line)


run("adam", True, False)                    # the master copy cast into the float16 weight
run("adadelta", False, True)
run("sgd", False, True)
run("sgd", False, True, momentum=0.9)
run("sgd", True, True, momentum=0.9)
run("adam", False, True)
run("rmsprop", False, True, centered=True)
run("ftrl", False, True)
run("signum", False, True)
run("ftml", False, True)
run("nadam", False, False)
run("sgld", False, False)
run("adamax", False, False)
run("nag", False, False, momentum=0.9)     # noted once, with the weight's storage
run("nag", True, True, momentum=0.9)

sys.stderr.flush()
os.dup2(saved, 2)
os.close(log)
