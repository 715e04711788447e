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
    np.savez_compressed("fc_avx2_mxnet_1.9.1.npz", **cases.results(mx))


if __name__ == "__main__":
    main()
