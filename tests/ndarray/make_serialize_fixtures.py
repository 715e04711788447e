"""Write data/*.params with MXNet 1.9.1 (run once with the reference MXNet; CI only reads them)."""
import os
import sys

import mxnet as mx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serialize_cases import cases  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def to_mx(data):
    if isinstance(data, dict):
        return {k: mx.nd.array(v, dtype=v.dtype) for k, v in data.items()}
    return [mx.nd.array(v, dtype=v.dtype) for v in data]


def save_gluon(path, params):
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.Dense(3, in_units=2), mx.gluon.nn.Dense(1, in_units=3))
    net.initialize()
    for name, p in net._collect_params_with_prefix().items():
        p.set_data(mx.nd.array(params[name]))
    net.save_parameters(path)


def main():
    os.makedirs(HERE, exist_ok=True)
    for name, (mode, data) in cases().items():
        path = os.path.join(HERE, name + ".params")
        if mode == "gluon":
            save_gluon(path, data)
        else:
            with mx.util.np_shape(mode == "np_shape"):
                mx.nd.save(path, to_mx(data))
        print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
