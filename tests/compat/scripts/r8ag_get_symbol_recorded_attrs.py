"""autograd.get_symbol as MXNet records an imperative graph: attributes listed in the order an imperative
call stores them (a hash map reserved for the parameters given), a BatchNorm's statistics as plain variables
(no initializer, version 0), comparisons / logical ops with a number as their scalar ops, the reshape method
with its resolved shape and the transpose method without axes."""
import json

import mxnet as mx
from mxnet import autograd, nd

x = nd.array([[0.3, 0.6, 0.2], [0.5, 0.4, 0.7]])
x.attach_grad()


def image():
    return nd.reshape(x, shape=(1, 1, 2, 3))


CASES = {
    "BatchNorm": lambda: nd.BatchNorm(nd.reshape(x, shape=(2, 3, 1)), nd.ones(3), nd.zeros(3), nd.zeros(3), nd.ones(3),
                                      axis=1, eps=1e-5, momentum=0.9, fix_gamma=False, use_global_stats=False),
    "Convolution": lambda: nd.Convolution(image(), nd.ones((2, 1, 1, 1)), kernel=(1, 1), num_filter=2,
                                          no_bias=True, stride=(1, 1)),
    "Pooling": lambda: nd.Pooling(image(), kernel=(2, 2), pool_type="max", stride=(1, 1), pad=(0, 0),
                                  global_pool=False, pooling_convention="valid"),
    "LeakyReLU": lambda: nd.LeakyReLU(x, act_type="leaky", slope=0.2),
    "FullyConnected": lambda: nd.FullyConnected(x, nd.ones((4, 3)), nd.zeros(4), num_hidden=4, flatten=True,
                                                no_bias=False),
    "softmax": lambda: nd.softmax(x, temperature=2.0, axis=1),
    "topk": lambda: nd.topk(x, axis=1, k=2, ret_typ="value", is_ascend=True, dtype="float32"),
    "SoftmaxOutput": lambda: nd.SoftmaxOutput(x, nd.array([0, 1]), grad_scale=2.0, ignore_label=-1,
                                              use_ignore=True, normalization="valid"),
    "comparisons": lambda: (x > 0.5) + (0.5 > x) + (x >= 0.4),
    "reflected comparisons": lambda: (0.4 <= x) + (x == 0.3) + (x != 0.3),
    "logical": lambda: nd.logical_and(x, 1) + nd.logical_or(x, 0) + nd.logical_xor(x, 1),
    "reshape method": lambda: x.reshape((3, -1)) + x.reshape(3, 2),
    "reshape method reversed": lambda: x.reshape((0, -1), reverse=True).reshape((6,)),
    "transpose method": lambda: x.T + x.transpose() + x.transpose((1, 0)),
}
for name, f in CASES.items():
    with autograd.record():
        y = f()
    s = autograd.get_symbol(y)
    print(name, "aux", s.list_auxiliary_states())
    for node, attrs in s.attr_dict().items():
        print("  ", node, " ".join(f"{k}={v}" for k, v in attrs.items()))
    graph = json.loads(s.tojson())
    print("   inputs", [n["inputs"] for n in graph["nodes"] if n["op"] != "null"][-1])
    print("   ops", [n["op"] for n in graph["nodes"] if n["op"] != "null"])
