"""quantize_net / quantize_net_v2 read their inputs as MXNet does before quantizing: data_shapes are required, each must be a DataDesc (a plain tuple fails on its .shape), and the network runs once on zeros first."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.contrib import quantization

warnings.simplefilter("ignore")


class Loud(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        print("  forward of", type(x).__name__)
        return F.relu(x)


def net():
    n = gluon.nn.HybridSequential()
    n.add(gluon.nn.Dense(3, in_units=4))
    n.initialize(mx.init.Constant(0.1))
    return n


for title, call in [
        ("no shapes", lambda: quantization.quantize_net(net(), calib_mode="none")),
        ("no shapes, v2 naive", lambda: quantization.quantize_net_v2(net(), calib_mode="naive")),
        ("tuple shapes", lambda: quantization.quantize_net(net(), data_shapes=[(2, 4)], calib_mode="none")),
        ("tuple shapes, v2", lambda: quantization.quantize_net_v2(net(), data_shapes=[(2, 4)])),
        ("not iterable calib_data", lambda: quantization.quantize_net_v2(net(), calib_data=5, calib_mode="naive")),
        ("two inputs for a one-input network", lambda: quantization.quantize_net_v2(
            Loud(), data_shapes=[mx.io.DataDesc("data", (2, 4)), mx.io.DataDesc("data1", (2, 4))])),
        ("two arrays a batch for a one-input network, loader of one batch", lambda: quantization.quantize_net_v2(
            Loud(), calib_data=[[mx.nd.ones((2, 4)), mx.nd.ones((2, 4))]], calib_mode="naive",
            quantized_dtype="int4")),
        ("excluded layers as a tuple", lambda: quantization.quantize_net_v2(
            net(), data_shapes=[mx.io.DataDesc("data", (2, 4))], exclude_layers=("x",))),
        ("int4", lambda: quantization.quantize_net(net(), data_shapes=[mx.io.DataDesc("data", (2, 4))],
                                                   quantized_dtype="int4")),
        ("row-wise", lambda: quantization.quantize_net_v2(net(), data_shapes=[mx.io.DataDesc("data", (2, 4))],
                                                          quantize_granularity="row-wise")),
        ("unknown calibration", lambda: quantization.quantize_net_v2(
            net(), data_shapes=[mx.io.DataDesc("data", (2, 4))], calib_mode="median")),
        ("naive without calibration data", lambda: quantization.quantize_net_v2(
            net(), data_shapes=[mx.io.DataDesc("data", (2, 4))], calib_mode="naive")),
        ("customize without a collector", lambda: quantization.quantize_net_v2(
            net(), data_shapes=[mx.io.DataDesc("data", (2, 4))], calib_mode="customize")),
        ("naive over a loader of single arrays", lambda: quantization.quantize_net(
            net(), calib_mode="naive", calib_data=gluon.data.DataLoader(
                gluon.data.ArrayDataset(mx.nd.array(np.arange(16).reshape(4, 4))), batch_size=2)))]:
    print(title)
    try:
        call()
        print("  done")
    except Exception as e:
        print("  ERR", type(e).__name__, str(e).splitlines()[0] if str(e) else "")
