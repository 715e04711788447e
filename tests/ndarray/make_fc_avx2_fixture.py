"""Record MXNet 1.9.1's float32 FullyConnected on an AVX2 CPU (no AVX-512): python make_fc_avx2_fixture.py.

Run with MXNet installed, then move fc_avx2_mxnet_1.9.1.npz to data/. It holds, each case's array
raveled one after another: "fwd" (with the bias) for fc_avx2_cases.FORWARD, "fwd_nobias" for those of
up to NO_BIAS_ROWS rows, and "dx", "dw", "db" (the gradients for an incoming dy) for BACKWARD.
"""
import sys

import numpy as np

import fc_avx2_cases as cases

mx = __import__(sys.argv[1] if len(sys.argv) > 1 else "mxnet")


def main():
    out = {name: [] for name in ("fwd", "fwd_nobias", "dx", "dw", "db")}
    for (rows, _, outs), x, w, b, _ in cases.inputs(cases.FORWARD):
        data, weight = mx.nd.array(x), mx.nd.array(w)
        out["fwd"].append(mx.nd.FullyConnected(data, weight, mx.nd.array(b), num_hidden=outs).asnumpy())
        if rows <= cases.NO_BIAS_ROWS:
            out["fwd_nobias"].append(mx.nd.FullyConnected(data, weight, no_bias=True, num_hidden=outs).asnumpy())
    for (_, _, outs), x, w, b, dy in cases.inputs(cases.BACKWARD):
        args = [mx.nd.array(v) for v in (x, w, b)]
        for a in args:
            a.attach_grad()
        with mx.autograd.record():
            y = mx.nd.FullyConnected(*args, num_hidden=outs)
        y.backward(mx.nd.array(dy))
        for name, a in zip(("dx", "dw", "db"), args):
            out[name].append(a.grad.asnumpy())
    np.savez_compressed("fc_avx2_mxnet_1.9.1.npz", **{k: np.concatenate([v.ravel() for v in vs])
                                                       for k, vs in out.items()})


if __name__ == "__main__":
    main()
